package dev.bookstore.devprovider;

/** The sign-in and create-account screens: one button per demo user. */
final class SignInPage {

    private SignInPage() {
    }

    static String render(String interaction, boolean register, PageWords words) {
        StringBuilder body = new StringBuilder();
        body.append(register
                ? "<h1 id=\"register-screen\">" + words.registerTitle + "</h1><p>" + Html.escape(words.registerLead) + "</p>"
                : "<h1 id=\"sign-in-screen\">" + words.signInTitle + "</h1><p>" + Html.escape(words.signInLead) + "</p>");
        for (DemoUser user : DemoUsers.all()) {
            String label = Html.escape(register ? words.createAccountAs : words.signInAs) + Html.escape(user.name());
            String content = "<img src=\"/avatars/" + user.key() + ".svg\" alt=\"\"><span>" + label
                    + "<small>" + Html.escape(detail(user)) + "</small></span>";
            body.append(Html.choiceForm(interaction,
                    "id=\"sign-in-as-" + user.key() + "\" name=\"user\" value=\"" + user.key() + "\"", content));
        }
        body.append(Html.cancelForm(interaction, words.cancel));
        return Html.page(body.toString(), words.tag);
    }

    private static String detail(DemoUser user) {
        if (user.signsInWithKakao()) {
            return "Kakao account, no email shared";
        }
        return user.email() + (user.roles().isEmpty() ? "" : " · roles: " + String.join(", ", user.roles()));
    }
}
