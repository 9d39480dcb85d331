package dev.bookstore.devprovider;

import java.util.Arrays;
import java.util.Locale;

/**
 * The words of the provider's own screens in the languages the Bookstore is written in. As Logto does, the first tag of
 * the authorization request's {@code ui_locales} (space-separated, in order of preference) that it has words for wins;
 * English otherwise.
 */
enum PageWords {
    EN("en", "Sign in to Bookstore", "Pick a demo user to continue.", "Create your account",
            "Pick a demo user to register as.", "Sign in as ", "Create account as ", "Cancel",
            "Bookstore would like to receive:", "Agree and continue"),
    FR("fr", "Se connecter à Bookstore", "Choisissez un utilisateur de démonstration.", "Créer votre compte",
            "Choisissez l'utilisateur de démonstration à inscrire.", "Se connecter en tant que ",
            "Créer un compte en tant que ", "Annuler", "Bookstore souhaite recevoir :", "Accepter et continuer"),
    KO("ko", "Bookstore에 로그인", "계속할 데모 사용자를 고르세요.", "계정 만들기", "가입할 데모 사용자를 고르세요.",
            "다음 사용자로 로그인: ", "다음 사용자로 가입: ", "취소", "Bookstore 서비스에 다음 정보를 제공합니다.", "동의하고 계속하기");

    final String tag;
    final String signInTitle;
    final String signInLead;
    final String registerTitle;
    final String registerLead;
    final String signInAs;
    final String createAccountAs;
    final String cancel;
    final String consentLead;
    final String agree;

    PageWords(String tag, String signInTitle, String signInLead, String registerTitle, String registerLead,
              String signInAs, String createAccountAs, String cancel, String consentLead, String agree) {
        this.tag = tag;
        this.signInTitle = signInTitle;
        this.signInLead = signInLead;
        this.registerTitle = registerTitle;
        this.registerLead = registerLead;
        this.signInAs = signInAs;
        this.createAccountAs = createAccountAs;
        this.cancel = cancel;
        this.consentLead = consentLead;
        this.agree = agree;
    }

    /** For the request's {@code ui_locales} (may be null): e.g. {@code "ko-KR en"} is Korean. */
    static PageWords of(String uiLocales) {
        if (uiLocales == null) {
            return EN;
        }
        return Arrays.stream(uiLocales.trim().split("\\s+"))
                .map(tag -> Locale.forLanguageTag(tag).getLanguage())
                .flatMap(language -> Arrays.stream(values()).filter(words -> words.tag.equals(language)))
                .findFirst().orElse(EN);
    }
}
