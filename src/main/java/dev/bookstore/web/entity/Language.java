package dev.bookstore.web.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages every page, message and error page is written in. A session holds its choice by the constant's name
 * (an enum's serialized form; serialVersionUID does not apply): renaming or removing a constant leaves the sessions
 * that hold it unreadable (RollingUpgradeTest).
 */
public enum Language {
    ENGLISH("en"),
    FRENCH("fr"),
    KOREAN("ko");

    /** The visitor's choice, kept in the session for the rest of it. */
    public static final String SESSION_ATTRIBUTE = Language.class.getName();

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag, e.g. for OpenID Connect's {@code ui_locales}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public static Optional<Language> forTag(String tag) {
        return Arrays.stream(values()).filter(language -> language.tag.equals(tag)).findFirst();
    }
}
