package dev.bookstore.it;

import dev.bookstore.devprovider.LogtoDouble;
import java.util.List;

/** The IT provider is shared by every IT class: its webhook to the IT server is registered once, by whichever needs it first. */
final class LogtoHook {

    static final String URL = ItSettings.url("/logto-webhook");
    static final List<String> EVENTS = List.of("User.SuspensionStatus.Updated", "User.Deleted", "User.Data.Updated",
            "Role.Deleted", "Organization.Membership.Updated");

    private static boolean registered;

    private LogtoHook() {
    }

    static synchronized void registerOnce(LogtoDouble logto) {
        if (!registered) {
            logto.console().webhook(URL, EVENTS, ItSettings.WEBHOOK_KEY);
            registered = true;
        }
    }
}
