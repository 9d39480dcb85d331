package dev.bookstore.web.boundary;

import dev.bookstore.web.control.PageAccess;
import dev.bookstore.web.control.RequestId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Backs the error pages: a request id to quote, and a log line with the cause that the page never shows. */
@Named
@RequestScoped
public class ErrorView {

    /** Request attribute with the status a page forwarded to an error page must be sent with. */
    public static final String STATUS_ATTRIBUTE = ErrorView.class.getName() + ".status";
    private static final Logger LOG = Logger.getLogger(ErrorView.class.getName());

    @Inject
    HttpServletRequest request;

    /**
     * Before the page renders: sends it with its error status (security runs again on the internal dispatch to
     * an error page, and Liberty's OIDC mechanism resets the status to 200 there for a signed-in user), and logs
     * the failure of a 5xx under the request id the page shows.
     */
    public void restoreStatus() {
        logFailure();
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (status == null) {
            status = request.getAttribute(STATUS_ATTRIBUTE);
        }
        if (status instanceof Integer code) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(code);
        }
    }

    /** The role the refused page needs (403 pages), or null. */
    public String getRequiredRole() {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String text ? text.substring(request.getContextPath().length()) : null;
        return PageAccess.requiredRole(path).orElse(null);
    }

    public String getRequestId() {
        return RequestId.of(request);
    }

    private void logFailure() {
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status && status >= 500) {
            LOG.log(Level.SEVERE, "Request " + RequestId.of(request) + " to "
                    + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) + " failed", failure);
        }
    }
}
