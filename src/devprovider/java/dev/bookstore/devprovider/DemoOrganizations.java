package dev.bookstore.devprovider;

import java.util.List;

/** The fixed organizations of the local provider's tenant. */
public final class DemoOrganizations {

    public static final DemoOrganization BOOKWORMS_CLUB = new DemoOrganization("org-bookworms", "Bookworms Club",
            "Monthly reading club");

    public static final DemoOrganization SEOUL_READERS = new DemoOrganization("org-seoul-readers", "서울 독서 모임",
            "Seoul readers");

    private static final List<DemoOrganization> ALL = List.of(BOOKWORMS_CLUB, SEOUL_READERS);

    private DemoOrganizations() {
    }

    public static List<DemoOrganization> all() {
        return ALL;
    }
}
