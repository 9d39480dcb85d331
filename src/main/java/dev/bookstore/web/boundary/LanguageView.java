package dev.bookstore.web.boundary;

import jakarta.enterprise.context.RequestScoped;
import dev.bookstore.web.control.ReturnTo;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The language links of every page: where each one leads, and back to the page being shown. */
@Named("language")
@RequestScoped
public class LanguageView {

    @Inject
    HttpServletRequest request;

    private String returnTo;

    /** The view's locale ({@link ChosenLanguageViewHandler}). */
    public Locale getLocale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** The page being shown, URL-encoded for a language link's {@code returnTo}; worked out once per request. */
    public String getReturnTo() {
        if (returnTo == null) {
            returnTo = URLEncoder.encode(currentPage(), StandardCharsets.UTF_8);
        }
        return returnTo;
    }

    private String currentPage() {
        if (request.getAttribute(RequestDispatcher.FORWARD_SERVLET_PATH) instanceof String servletPath) {
            Object pathInfo = request.getAttribute(RequestDispatcher.FORWARD_PATH_INFO);
            return servletPath + (pathInfo instanceof String info ? info : ""); // an error page: the page asked for
        }
        return ReturnTo.of(request);
    }
}
