package dev.bookstore.bench;

import java.util.Map;

/**
 * One attribute of a live session as the probe in the server reported it.
 *
 * @param bytes   what Java serialization writes for it, or -1 when it cannot be serialized
 * @param problem why it cannot be serialized, or null
 */
record SessionAttribute(String name, String type, long bytes, String problem) {

    static SessionAttribute of(String name, Map<String, Object> reported) {
        return new SessionAttribute(name, (String) reported.get("type"), ((Number) reported.get("bytes")).longValue(),
                (String) reported.get("problem"));
    }

    boolean serializable() {
        return bytes >= 0;
    }
}
