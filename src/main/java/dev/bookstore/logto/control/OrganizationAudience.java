package dev.bookstore.logto.control;

import java.util.Optional;

/** Logto's audience of an organization token, {@code urn:logto:organization:<id>} ({@code buildOrganizationUrn}). */
public final class OrganizationAudience {

    private static final String PREFIX = "urn:logto:organization:";

    private OrganizationAudience() {
    }

    public static String of(String organizationId) {
        return PREFIX + organizationId;
    }

    /** The organization an audience value names, or empty when it names none. */
    public static Optional<String> organizationOf(String audience) {
        return audience.startsWith(PREFIX) ? Optional.of(audience.substring(PREFIX.length())) : Optional.empty();
    }
}
