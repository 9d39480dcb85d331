package dev.bookstore.web.control;

import java.util.Optional;

/**
 * The role a page needs, for the words of the 403 page. web.xml's security constraints enforce it;
 * this only explains it (kept next to them in spirit: change both together).
 */
public final class PageAccess {

    private PageAccess() {
    }

    public static Optional<String> requiredRole(String path) {
        return path != null && (path.equals("/admin") || path.startsWith("/admin.") || path.startsWith("/admin/"))
                ? Optional.of("admin") : Optional.empty();
    }
}
