package dev.bookstore.auth.boundary;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets {@link CallbackServlet} answer every callback the mechanism does not accept. Liberty's mechanism
 * treats any request with a {@code state} parameter as a callback and answers a refused one with a bare
 * 401 (no page), including the internal forward to an error page. This decorator keeps the mechanism
 * for what it does well (state, code exchange, token checks) and turns its refusals into a request that
 * reaches the servlet, which shows a friendly page and creates no session.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class CallbackGuard implements HttpAuthenticationMechanism {

    static final String REFUSED_ATTRIBUTE = CallbackGuard.class.getName() + ".refused";

    @Inject
    @Delegate
    @Any
    HttpAuthenticationMechanism mechanism;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        if (request.getParameter("state") != null && request.getDispatcherType() != DispatcherType.REQUEST) {
            // a forward within a request the mechanism has already seen: not a second callback
            return context.doNothing();
        }
        if (!isCallback(request)) {
            return mechanism.validateRequest(request, response, context);
        }
        if (request.getParameter("error") != null || request.getParameter("state") == null) {
            return context.doNothing();
        }
        AuthenticationStatus status = mechanism.validateRequest(request, response, context);
        if (status == AuthenticationStatus.SEND_CONTINUE && response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            request.setAttribute(REFUSED_ATTRIBUTE, Boolean.TRUE);
            response.setStatus(HttpServletResponse.SC_OK);
            return context.doNothing();
        }
        return status;
    }

    private static boolean isCallback(HttpServletRequest request) {
        return request.getRequestURI().equals(request.getContextPath() + "/callback");
    }
}
