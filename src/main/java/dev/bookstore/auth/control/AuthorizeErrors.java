package dev.bookstore.auth.control;

import dev.bookstore.auth.entity.SignInProblem;
import dev.bookstore.ground.entity.AppSettings;

/**
 * What an OAuth error of Logto's authorization endpoint means for the user (the page they get) and for ops
 * (the setting or Logto Console step that mends it). Errors that are nobody's fault but the sign-in
 * service's are "unavailable"; those only ops can mend are "misconfigured" and never blamed on the user.
 */
public final class AuthorizeErrors {

    private AuthorizeErrors() {
    }

    public static SignInProblem problem(String error) {
        return switch (error) {
            case "access_denied" -> SignInProblem.CANCELLED;
            case "server_error", "temporarily_unavailable" -> SignInProblem.UNAVAILABLE;
            case "invalid_target", "invalid_scope", "unauthorized_client", "unsupported_response_type",
                 "invalid_client", "invalid_redirect_uri" -> SignInProblem.MISCONFIGURED;
            default -> SignInProblem.FAILED;
        };
    }

    /** For the log: what ops should do about {@code error} (one of those {@link #problem} calls misconfigured). */
    public static String fix(String error, AppSettings settings) {
        return "Logto answered error=" + error + ": " + advice(error, settings);
    }

    private static String advice(String error, AppSettings settings) {
        return switch (error) {
            case "invalid_target" -> "Logto has no such API resource: " + settings.apiResourceStep()
                    + "; until then users sign in without it and the shelf is unavailable";
            case "invalid_scope" -> "Logto refuses the scopes asked for (" + String.join(" ", settings.scopes()) + "): check"
                    + " LOGTO_SCOPES, and that app '" + settings.appId() + "' is not a third-party app, which may ask only"
                    + " for the scopes it is granted in the Logto Console";
            case "unauthorized_client", "unsupported_response_type" -> "Logto does not let app '" + settings.appId()
                    + "' (LOGTO_APP_ID) sign users in with the authorization code flow: in the Logto Console under"
                    + " Applications it must be a Traditional web application";
            case "invalid_client" -> "Logto does not know the app '" + settings.appId() + "': check LOGTO_APP_ID against the"
                    + " App ID of your Traditional web application in the Logto Console under Applications";
            case "invalid_redirect_uri" -> "Logto does not accept the redirect URI " + settings.redirectUri() + ": add it"
                    + " under Redirect URIs of app '" + settings.appId() + "' in the Logto Console (Applications), or set"
                    + " APP_BASE_URL to the URL users reach this app at";
            default -> "see Logto's error_description in its own log";
        };
    }
}
