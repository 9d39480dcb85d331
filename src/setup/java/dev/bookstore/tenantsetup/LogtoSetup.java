package dev.bookstore.tenantsetup;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prepares a Logto tenant for the Bookstore through Logto's Management API, creating or updating only what differs
 * and deleting nothing: the app, the API resource and its permissions, the roles, the organization template of the
 * book clubs, and the Kakao connector with its place in the sign-in experience. Then writes the app's settings to a
 * file only its owner can read. Run by {@code ./mvnw -q -Plogto-setup} (README, "Using a real Logto"); never part
 * of the WAR.
 */
public final class LogtoSetup {

    private final PrintStream out;

    LogtoSetup(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] arguments) {
        System.exit(new LogtoSetup(System.out).run(System.getenv(), arguments));
    }

    /** @return the exit code: 0 done (or planned), 2 bad input, 3 what Logto answered or did not */
    int run(Map<String, String> environment, String... arguments) {
        SetupInputs inputs;
        TenantPlan plan;
        ManagementCalls api;
        try {
            inputs = SetupInputs.read(environment, arguments);
            api = ManagementClient.connect(inputs);
            plan = TenantPlan.of(inputs, api);
        } catch (SetupException failed) {
            out.println("logto-setup: " + failed.getMessage());
            return failed.exitCode();
        }
        out.println((inputs.dryRun() ? "Plan for " : "Setting up ") + inputs.endpoint() + ":");
        if (inputs.dryRun()) {
            plan.changes().forEach(change -> out.println("  " + change.line()));
            out.println(plan.changes().stream().anyMatch(Change::changesSomething)
                    ? "Dry run: nothing was changed." : "Dry run: the tenant is set up; nothing would change.");
            return 0;
        }
        return apply(inputs, api, plan);
    }

    int apply(SetupInputs inputs, ManagementCalls api, TenantPlan plan) {
        List<String> done = new ArrayList<>();
        for (Change change : plan.changes()) {
            try {
                change.apply().to(api, plan.state());
            } catch (SetupException failed) {
                out.println("  failed     " + change.item() + ": " + failed.getMessage());
                out.println(done.isEmpty() ? "Nothing was changed." : "Already done: " + String.join("; ", done) + ".");
                out.println("Run the same command again to finish; what is done stays done.");
                return failed.exitCode();
            }
            out.println("  " + change.line());
            if (change.changesSomething()) {
                done.add(change.action().name().toLowerCase() + " " + change.item());
            }
        }
        try {
            ApplicationStep.readSecret(api, plan.state());
            Path written = CredentialsOutput.write(inputs, plan.state());
            out.println("The app's settings (LOGTO_APP_ID " + plan.state().applicationId + ", its secret, LOGTO_ENDPOINT,"
                    + " APP_BASE_URL, BOOKSTORE_API_RESOURCE, LOGTO_SCOPES with " + OrganizationTemplateStep.PERMISSION
                    + ", the webhook's signing key) are in " + written
                    + ", readable by you only.");
            return 0;
        } catch (SetupException failed) {
            out.println("logto-setup: " + failed.getMessage());
            return failed.exitCode();
        }
    }
}
