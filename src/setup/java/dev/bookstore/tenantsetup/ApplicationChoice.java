package dev.bookstore.tenantsetup;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which of the tenant's apps is the Bookstore's. Never a guess: taking the wrong one would change another
 * application's URIs and write its id and secret into the Bookstore's settings. So the app {@code --app-id} names
 * wins; else the one Traditional app named {@code LOGTO_APP_NAME}; else the one Traditional app with a redirect URI
 * of ours. Several alike is a refusal naming them; a choice among several is said in the plan ({@link #note}).
 */
record ApplicationChoice(Map<String, Object> app, String note) {

    /** @return empty when no app is the Bookstore's, so one is to be created */
    static Optional<ApplicationChoice> among(List<Map<String, Object>> apps, SetupInputs inputs, List<String> callbacks)
            throws SetupException {
        if (inputs.appId() != null) {
            return Optional.of(new ApplicationChoice(given(apps, inputs.appId()), ""));
        }
        List<Map<String, Object>> traditional = apps.stream().filter(app -> "Traditional".equals(app.get("type"))).toList();
        List<Map<String, Object>> named = traditional.stream().filter(app -> inputs.appName().equals(app.get("name"))).toList();
        List<Map<String, Object>> withOurUri = traditional.stream()
                .filter(app -> ApplicationStep.redirectUris(app).stream().anyMatch(callbacks::contains)).toList();
        if (named.size() > 1) {
            throw undecided("several Traditional applications are named '" + inputs.appName() + "'", named);
        }
        if (named.size() == 1) {
            Object chosenId = named.get(0).get("id");
            List<Map<String, Object>> others = withOurUri.stream().filter(app -> !chosenId.equals(app.get("id"))).toList();
            return Optional.of(new ApplicationChoice(named.get(0), others.isEmpty() ? ""
                    : "chosen by its name (LOGTO_APP_NAME); left alone, though it has a redirect URI of ours too: "
                    + described(others)));
        }
        if (withOurUri.size() > 1) {
            throw undecided("no Traditional application is named '" + inputs.appName() + "' and several have a redirect"
                    + " URI of ours " + callbacks, withOurUri);
        }
        return withOurUri.stream().findFirst().map(app -> new ApplicationChoice(app, "chosen by its redirect URI;"
                + " its name differs from LOGTO_APP_NAME '" + inputs.appName() + "'"));
    }

    String id() {
        return (String) app.get("id");
    }

    String name() {
        return String.valueOf(app.get("name"));
    }

    private static Map<String, Object> given(List<Map<String, Object>> apps, String id) throws SetupException {
        Map<String, Object> app = apps.stream().filter(candidate -> id.equals(candidate.get("id"))).findFirst()
                .orElseThrow(() -> SetupException.badInput("--app-id " + id + ": the tenant has no application with"
                        + " that id (Logto Console > Applications shows each app's App ID)"));
        if (!"Traditional".equals(app.get("type"))) {
            throw SetupException.badInput("--app-id " + id + ": " + described(List.of(app)) + " is a " + app.get("type")
                    + " app; the Bookstore needs a Traditional web app");
        }
        return app;
    }

    private static SetupException undecided(String why, List<Map<String, Object>> candidates) {
        return SetupException.badInput(why + ": " + described(candidates) + "; pass --app-id <id> of the one to set"
                + " up, or set LOGTO_APP_NAME to a name only it has");
    }

    private static String described(List<Map<String, Object>> apps) {
        return apps.stream().map(app -> "'" + app.get("name") + "' (" + app.get("id") + ")").collect(Collectors.joining(", "));
    }
}
