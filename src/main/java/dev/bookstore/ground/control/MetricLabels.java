package dev.bookstore.ground.control;

import java.util.List;

/**
 * The label values each of the app's metrics can take ({@link BookstoreMetrics}), all registered at start so that
 * dashboards and alerts see zeros on a fresh server, not gaps.
 */
final class MetricLabels {

    static final List<String> INTENTS = List.of("sign_in", "sign_up", "kakao", "confirm", "protected_page");
    static final List<String> REFUSALS = List.of("cancelled", "state", "id_token", "logto_refused", "logto_unavailable",
            "misconfigured", "failed");
    static final List<String> ACCEPTED_OR_NOT = List.of("accepted", "refused", "failed");
    static final List<String> REFRESHES = List.of("refreshed", "grant_ended", "failed");
    static final List<String> ENDPOINTS = List.of("token", "userinfo", "jwks", "discovery", "authorize", "revocation",
            "management_api", "other");
    static final List<String> OUTCOMES = List.of("2xx", "3xx", "4xx", "5xx", "error", "timeout");
    static final List<String> API_STATUSES = List.of("200", "201", "204", "400", "401", "403", "404", "409", "500", "503");
    /** Why a request was refused: a URI not in normal form; credentials that are not even well-formed. */
    static final List<String> REQUEST_REFUSALS = List.of("path_not_normal", "malformed_credentials");

    private MetricLabels() {
    }
}
