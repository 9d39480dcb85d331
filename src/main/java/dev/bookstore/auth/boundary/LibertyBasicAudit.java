package dev.bookstore.auth.boundary;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import java.util.logging.Logger;

/**
 * Liberty workaround. After a Jakarta Security mechanism has answered, Liberty 26.0.0.3's audit code
 * ({@code WebProviderAuthenticatorProxy.authenticateForOtherMechanisms}) decodes any {@code Authorization: Basic}
 * header to note a user name whenever the request's auth type is BASIC, which it is for every app without a
 * {@code login-config}; a header that is not Base64 of {@code id:secret} throws there (NullPointerException or
 * StringIndexOutOfBoundsException) and the request becomes a 500 with about 80 log lines and an FFDC, before any
 * filter of the app runs. The mechanism names the auth type the app really uses on such a request, so that code
 * leaves the header alone; {@code MalformedCredentialsFilter} then answers 400. Upstream report drafted in
 * docs/upstream/liberty-basic-audit-npe.md.
 */
final class LibertyBasicAudit {

    private static final Logger LOG = Logger.getLogger(LibertyBasicAudit.class.getName());
    /** The request attribute Liberty's JASPI service keeps the auth type in (private: not seen by getAttribute). */
    private static final String AUTH_TYPE = "AUTH_TYPE";

    private LibertyBasicAudit() {
    }

    static void leaveTheHeaderAlone(ServletRequest request) {
        ServletRequest innermost = request;
        while (innermost instanceof ServletRequestWrapper wrapper) {
            innermost = wrapper.getRequest();
        }
        try {
            innermost.getClass().getMethod("setPrivateAttribute", String.class, Object.class).invoke(innermost, AUTH_TYPE, "OIDC");
        } catch (ReflectiveOperationException | RuntimeException notLiberty) {
            LOG.fine(() -> "Could not set Liberty's auth type: " + notLiberty);
        }
    }
}
