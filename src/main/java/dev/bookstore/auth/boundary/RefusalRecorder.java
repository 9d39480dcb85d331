package dev.bookstore.auth.boundary;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The message context Liberty's mechanism gets for a callback. The mechanism refuses a callback by setting 401 on
 * the context's response (or by {@link #responseUnauthorized()}) and sends no page; here that 401 is noted where it
 * is given and kept from the real response, which stays free for the friendly page. Everything else passes through.
 * Liberty workaround; upstream report drafted in docs/upstream/oidc-refused-callback-bare-401.md.
 */
final class RefusalRecorder extends HttpMessageContextWrapper {

    private final HttpServletResponse response;
    private boolean refused;

    RefusalRecorder(HttpMessageContext context) {
        super(context);
        response = new HttpServletResponseWrapper(context.getResponse()) {
            @Override
            public void setStatus(int status) {
                if (!refusal(status)) {
                    super.setStatus(status);
                }
            }

            @Override
            public void sendError(int status) throws IOException {
                if (!refusal(status)) {
                    super.sendError(status);
                }
            }

            @Override
            public void sendError(int status, String message) throws IOException {
                if (!refusal(status)) {
                    super.sendError(status, message);
                }
            }
        };
    }

    @Override
    public HttpServletResponse getResponse() {
        return response;
    }

    @Override
    public AuthenticationStatus responseUnauthorized() {
        refused = true;
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** Whether the mechanism has refused the callback so far. */
    boolean refused() {
        return refused;
    }

    /** Notes a 401 as the refusal it is; true when the status must not reach the real response. */
    private boolean refusal(int status) {
        boolean unauthorized = status == HttpServletResponse.SC_UNAUTHORIZED;
        refused |= unauthorized;
        return unauthorized;
    }
}
