package dev.bookstore.devprovider;

import java.net.URI;
import java.util.Collection;
import java.util.List;

/** The tenant's API resource (RFC 8707): its indicator, its permissions and which the demo users' roles grant. */
record ApiResource(String indicator, List<String> permissions) {

    static final String READ_BOOKS = "read:books";
    static final String WRITE_BOOKS = "write:books";

    ApiResource {
        permissions = List.copyOf(permissions);
    }

    /** The demo bookstore API; Logto accepts only an absolute URI without fragment as indicator. */
    static ApiResource bookstore(String indicator) {
        URI uri = URI.create(indicator);
        if (!uri.isAbsolute() || uri.getFragment() != null) {
            throw new IllegalArgumentException("An API resource indicator must be an absolute URI without fragment");
        }
        return new ApiResource(indicator, List.of(READ_BOOKS, WRITE_BOOKS));
    }

    /** The permissions the user's roles grant among {@code requested}, in the resource's order. */
    List<String> grantedTo(DemoUser user, Collection<String> requested) {
        List<String> granted = rolePermissions(user);
        return permissions.stream().filter(granted::contains).filter(requested::contains).toList();
    }

    /** Kept apart from the {@code roles} claim, whose values the demo users' ID tokens already pin down. */
    private static List<String> rolePermissions(DemoUser user) {
        return switch (user.key()) {
            case "admin" -> List.of(READ_BOOKS, WRITE_BOOKS);
            case "reader", "kakao" -> List.of(READ_BOOKS);
            default -> List.of();
        };
    }
}
