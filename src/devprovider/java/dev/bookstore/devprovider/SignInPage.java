package dev.bookstore.devprovider;

/** The sign-in and create-account screens: one button per demo user. */
final class SignInPage {

    private SignInPage() {
    }

    static String render(String interaction, boolean register) {
        StringBuilder body = new StringBuilder();
        body.append(register
                ? "<h1 id=\"register-screen\">Create your account</h1><p>Pick a demo user to register as.</p>"
                : "<h1 id=\"sign-in-screen\">Sign in to Bookstore</h1><p>Pick a demo user to continue.</p>");
        for (DemoUser user : DemoUsers.all()) {
            String label = (register ? "Create account as " : "Sign in as ") + Html.escape(user.name());
            String content = "<img src=\"/avatars/" + user.key() + ".svg\" alt=\"\"><span>" + label
                    + "<small>" + Html.escape(detail(user)) + "</small></span>";
            body.append(Html.choiceForm(interaction,
                    "id=\"sign-in-as-" + user.key() + "\" name=\"user\" value=\"" + user.key() + "\"", content));
        }
        body.append(Html.cancelForm(interaction));
        return Html.page(body.toString());
    }

    private static String detail(DemoUser user) {
        if (user.signsInWithKakao()) {
            return "Kakao account, no email shared";
        }
        return user.email() + (user.roles().isEmpty() ? "" : " · roles: " + String.join(", ", user.roles()));
    }
}
