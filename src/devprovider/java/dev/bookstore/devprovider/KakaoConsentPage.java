package dev.bookstore.devprovider;

/** Imitates Kakao's consent screen, reached through Logto's direct sign-in to the Kakao connector. */
final class KakaoConsentPage {

    private KakaoConsentPage() {
    }

    static String render(String interaction, PageWords words) {
        DemoUser user = DemoUsers.KAKAO;
        String body = "<h1 id=\"kakao-consent\">카카오로 로그인 · Kakao consent</h1>"
                + "<p><img src=\"/avatars/" + user.key() + ".svg\" alt=\"\" width=\"36\" height=\"36\"> "
                + Html.escape(user.name()) + " · " + Html.escape(words.consentLead) + "</p>"
                + "<ul><li>[필수] 프로필 정보 (닉네임, 프로필 사진) · profile (required)</li>"
                + "<li>[선택] 카카오계정 (이메일) · email (optional): 동의 안 함 / declined</li></ul>"
                + Html.choiceForm(interaction, "id=\"kakao-agree\" class=\"kakao\" name=\"user\" value=\""
                        + user.key() + "\"", Html.escape(words.agree))
                + Html.cancelForm(interaction, words.cancel);
        return Html.page(body, words.tag);
    }
}
