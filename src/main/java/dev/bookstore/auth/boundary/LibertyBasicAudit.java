package dev.bookstore.auth.boundary;

import dev.bookstore.web.control.BasicCredentials;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Liberty workaround. After a Jakarta Security mechanism has answered, Liberty 26.0.0.3's audit code
 * ({@code WebProviderAuthenticatorProxy.authenticateForOtherMechanisms}) decodes any {@code Authorization: Basic}
 * header to note a user name, unless the request is a new authentication; a header that is not Base64 of
 * {@code id:secret} throws there (NullPointerException or StringIndexOutOfBoundsException) and the request becomes a
 * 500 with about 80 log lines and an FFDC, before any filter of the app runs. Request listeners run before security
 * (Jakarta Security needs the request scope), so this one marks such a request as a new authentication, the one case
 * that code skips; the mechanism does nothing for it ({@link SignInFlow}, {@link MechanismRequests}) and {@code MalformedCredentialsFilter}
 * answers 400. Upstream report drafted in docs/upstream/liberty-basic-audit-npe.md.
 */
@WebListener
public class LibertyBasicAudit implements ServletRequestListener {

    /** Where Liberty's Jakarta Security reads a request's authentication parameters (JavaEESecConstants). */
    static final String AUTH_PARAMS = "com.ibm.ws.security.javaeesec.auth.params";

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (event.getServletRequest() instanceof HttpServletRequest request
                && BasicCredentials.malformed(request.getHeader("Authorization"))) {
            markAsNewAuthentication(request);
        }
    }

    /**
     * Liberty drops the mark as it hands the request to the mechanism, which marks it again (MechanismRequests): the error
     * page's dispatch goes through security once more.
     */
    static void markAsNewAuthentication(ServletRequest request) {
        request.setAttribute(AUTH_PARAMS, AuthenticationParameters.withParams().newAuthentication(true));
    }
}
