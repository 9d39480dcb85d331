package dev.bookstore.web.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages every page, message and error page is written in; each named in its own language. */
public enum Language {
    ENGLISH("en", "English"),
    FRENCH("fr", "Français"),
    KOREAN("ko", "한국어");

    private final String tag;
    private final String nativeName;

    Language(String tag, String nativeName) {
        this.tag = tag;
        this.nativeName = nativeName;
    }

    public String tag() {
        return tag;
    }

    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public static Optional<Language> forTag(String tag) {
        return Arrays.stream(values()).filter(language -> language.tag.equals(tag)).findFirst();
    }
}
