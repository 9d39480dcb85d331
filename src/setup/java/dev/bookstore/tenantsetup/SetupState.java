package dev.bookstore.tenantsetup;

import java.util.HashMap;
import java.util.Map;

/** The ids the changes hand on to the ones after them: found while planning, or created while applying. */
final class SetupState {

    String applicationId;
    String resourceId;
    final Map<String, String> scopeIds = new HashMap<>();
    /** The organization template's permissions (Logto's organization scopes) by name. */
    final Map<String, String> organizationScopeIds = new HashMap<>();
    boolean kakaoConnectorPresent;

    /** The webhook's signing key; never printed. */
    String webhookSigningKey;

    /** The app's secret, read once the app exists; never printed. */
    String applicationSecret;
}
