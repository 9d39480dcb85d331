package dev.bookstore.devprovider;

import java.util.List;
import java.util.Optional;

/** One group of Management API paths; {@code segments} are the path's parts after {@code /api/}. */
interface ManagementRoute {

    /** The reply, or empty when the method and path are not this group's. */
    Optional<Reply> handle(RecordedRequest request, List<String> segments);

    static boolean is(RecordedRequest request, String method, List<String> segments, int length, String... fixed) {
        if (!request.method().equals(method) || segments.size() != length) {
            return false;
        }
        for (int i = 0; i < fixed.length; i++) {
            if (fixed[i] != null && !fixed[i].equals(segments.get(i))) {
                return false;
            }
        }
        return true;
    }
}
