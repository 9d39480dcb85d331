package dev.bookstore.tenantsetup;

import java.util.List;
import java.util.Map;

/** The calls the setup makes to Logto's Management API, paths relative to {@code <endpoint>/api}; JSON as maps. */
interface ManagementCalls {

    /** Every item of a paginated list, all pages. */
    List<Map<String, Object>> list(String path) throws SetupException;

    /** A list Logto answers whole (no pages). */
    List<Map<String, Object>> listWhole(String path) throws SetupException;

    Map<String, Object> get(String path) throws SetupException;

    Map<String, Object> post(String path, Map<String, Object> body) throws SetupException;

    Map<String, Object> patch(String path, Map<String, Object> body) throws SetupException;
}
