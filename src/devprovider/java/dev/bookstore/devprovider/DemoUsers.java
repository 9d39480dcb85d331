package dev.bookstore.devprovider;

import java.util.List;
import java.util.Optional;

/** The fixed demo accounts of the local provider. */
public final class DemoUsers {

    /** In no book club. */
    public static final DemoUser READER = new DemoUser("reader", "rdr4x8q2m1ab", "Jane Reader", "jane",
            "jane.reader@example.com", null, List.of(), null, 1714550400000L, 1714550400000L);

    /**
     * Signed in through Kakao and declined to share an email address there; organizer of the Seoul readers' club,
     * a plain member of the Bookworms Club.
     */
    public static final DemoUser KAKAO = new DemoUser("kakao", "kko7p3n9w2cd", "김민지", null,
            null, null, List.of(), "3141592653", 1717200000000L, 1717200000000L,
            List.of(new OrganizationMembership(DemoOrganizations.SEOUL_READERS, OrganizationTemplate.ORGANIZER),
                    new OrganizationMembership(DemoOrganizations.BOOKWORMS_CLUB, OrganizationTemplate.MEMBER)));

    /** The site's admin, organizer of the Bookworms Club. */
    public static final DemoUser ADMIN = new DemoUser("admin", "adm2k5r8t1ef", "Alex Admin", "admin",
            "admin@example.com", null, List.of("admin"), null, 1704067200000L, 1704067200000L,
            List.of(new OrganizationMembership(DemoOrganizations.BOOKWORMS_CLUB, OrganizationTemplate.ORGANIZER)));

    private static final List<DemoUser> ALL = List.of(READER, KAKAO, ADMIN);

    private DemoUsers() {
    }

    public static List<DemoUser> all() {
        return ALL;
    }

    public static Optional<DemoUser> byKey(String key) {
        return ALL.stream().filter(user -> user.key().equals(key)).findFirst();
    }
}
