package dev.bookstore.web.boundary;

import dev.bookstore.web.control.RequestId;
import jakarta.enterprise.context.RequestScoped;
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

    private static final Logger LOG = Logger.getLogger(ErrorView.class.getName());

    @Inject
    HttpServletRequest request;

    public String getRequestId() {
        String id = RequestId.of(request);
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && request.getAttribute(ErrorView.class.getName()) == null) {
            request.setAttribute(ErrorView.class.getName(), Boolean.TRUE);
            LOG.log(Level.SEVERE, "Request " + id + " to " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
                    + " failed", failure);
        }
        return id;
    }
}
