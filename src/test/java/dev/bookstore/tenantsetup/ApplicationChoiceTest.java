package dev.bookstore.tenantsetup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which app the plan takes as the Bookstore's when other apps share its name or callback URI (Logto lists the newest
 * first, so the other app comes first here): never one it cannot tell apart.
 */
class ApplicationChoiceTest {

    private static final String CALLBACK = "https://books.example.com/callback";

    private final RecordingTenant tenant = new RecordingTenant();
    private final Map<String, String> environment = new HashMap<>(Map.of("LOGTO_ENDPOINT", "https://logto.example.com",
            "LOGTO_M2M_APP_ID", "m2m", "LOGTO_M2M_APP_SECRET", "s", "APP_BASE_URL", "https://books.example.com"));

    @SafeVarargs
    private void tenantHas(Map<String, Object>... newestFirst) {
        tenant.lists.put("/applications", List.of(newestFirst));
    }

    private static Map<String, Object> app(String id, String name, String type, String... redirectUris) {
        return Map.of("id", id, "name", name, "type", type, "oidcClientMetadata",
                Map.of("redirectUris", List.of(redirectUris), "postLogoutRedirectUris", List.of()));
    }

    private List<String> planned(String... arguments) throws SetupException {
        return ApplicationStep.plan(SetupInputs.read(environment, arguments), tenant, new SetupState()).stream()
                .map(Change::line).toList();
    }

    private String refusal(String... arguments) {
        SetupException refused = assertThrows(SetupException.class, () -> planned(arguments));
        assertEquals(SetupException.BAD_INPUT, refused.exitCode());
        return refused.getMessage();
    }

    @Test
    void withoutATraditionalAppOfThatNameOrCallbackOneIsCreated() throws SetupException {
        tenantHas(app("spa-1", "Bookstore", "SPA", CALLBACK),
                app("shop-1", "Shop", "Traditional", "https://shop.example.com/callback"));
        List<String> plan = planned();
        assertEquals(1, plan.size(), plan.toString());
        assertTrue(plan.get(0).startsWith("create     application 'Bookstore': Traditional web"), plan.toString());
    }

    @Test
    void theOneAppWithTheNameIsChosenOverANewerAppSharingTheCallbackAndTheChoiceIsSaid() throws SetupException {
        tenantHas(app("shop-1", "Shop", "Traditional", CALLBACK), app("book-1", "Bookstore", "Traditional"));
        assertEquals(List.of("check      application 'Bookstore' (book-1): chosen by its name (LOGTO_APP_NAME); left alone,"
                        + " though it has a redirect URI of ours too: 'Shop' (shop-1)",
                "update     application 'Bookstore' (book-1): redirectUris, postLogoutRedirectUris, backchannelLogoutUri,"
                        + " backchannelLogoutSessionRequired"), planned());
    }

    @Test
    void withoutTheNameTheOneAppWithOurCallbackIsChosenUnderItsOwnName() throws SetupException {
        tenantHas(app("spa-1", "Shop", "SPA", CALLBACK), app("app-1", "Renamed by ops", "Traditional", CALLBACK));
        List<String> plan = planned();
        assertEquals("check      application 'Renamed by ops' (app-1): chosen by its redirect URI; its name differs"
                + " from LOGTO_APP_NAME 'Bookstore'", plan.get(0));
        assertTrue(plan.get(1).startsWith("update     application 'Renamed by ops' (app-1): "), plan.toString());
    }

    @Test
    void twoAppsWithTheNameAreRefusedNamingBoth() {
        tenantHas(app("book-2", "Bookstore", "Traditional"), app("book-1", "Bookstore", "Traditional", CALLBACK));
        assertEquals("several Traditional applications are named 'Bookstore': 'Bookstore' (book-2), 'Bookstore' (book-1);"
                + " pass --app-id <id> of the one to set up, or set LOGTO_APP_NAME to a name only it has", refusal());
    }

    @Test
    void severalAppsWithOurCallbackAndNoneWithTheNameAreRefusedUntilLogtoAppNameTellsThemApart() throws SetupException {
        tenantHas(app("shop-1", "Shop", "Traditional", CALLBACK), app("app-1", "Books", "Traditional", CALLBACK));
        String refused = refusal();
        assertTrue(refused.startsWith("no Traditional application is named 'Bookstore' and several have a redirect URI of"
                + " ours [" + CALLBACK + "]: 'Shop' (shop-1), 'Books' (app-1); pass --app-id"), refused);
        environment.put("LOGTO_APP_NAME", "Books");
        List<String> plan = planned();
        assertTrue(plan.get(0).startsWith("check      application 'Books' (app-1): chosen by its name"), plan.toString());
    }

    @Test
    void anAppIdWinsOverNameAndCallbackAndIsSaidNothingMoreOf() throws SetupException {
        tenantHas(app("shop-1", "Shop", "Traditional", CALLBACK), app("book-1", "Bookstore", "Traditional", CALLBACK));
        List<String> plan = planned("--app-id", "shop-1");
        assertEquals(1, plan.size(), plan.toString());
        assertTrue(plan.get(0).startsWith("update     application 'Shop' (shop-1): "), plan.toString());
        assertTrue(planned("--app-id=book-1").get(0).startsWith("update     application 'Bookstore' (book-1): "));
    }

    @Test
    void anAppIdThatIsUnknownOrNotTraditionalIsRefusedNamingIt() {
        tenantHas(app("spa-1", "Bookstore", "SPA", CALLBACK));
        assertEquals("--app-id nope: the tenant has no application with that id (Logto Console > Applications shows each"
                + " app's App ID)", refusal("--app-id", "nope"));
        assertEquals("--app-id spa-1: 'Bookstore' (spa-1) is a SPA app; the Bookstore needs a Traditional web app",
                refusal("--app-id", "spa-1"));
        assertTrue(refusal("--app-id").startsWith("--app-id needs the App ID"));
    }

    @Test
    void anAppIdInTheEnvironmentIsNotTakenForTheFlag() throws SetupException {
        tenantHas(app("shop-1", "Shop", "Traditional"), app("book-1", "Bookstore", "Traditional", CALLBACK));
        environment.put("LOGTO_APP_ID", "shop-1");
        List<String> plan = planned();
        assertTrue(plan.get(0).startsWith("update     application 'Bookstore' (book-1): "), plan.toString());
    }
}
