package dev.bookstore.web.boundary;

import dev.bookstore.web.entity.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The page's language: the visitor's choice for this session, else the best match of the browser's
 * Accept-Language among the supported ones (faces-config.xml), else English.
 */
@Named("language")
@RequestScoped
public class LanguageView {

    @Inject
    HttpServletRequest request;

    private Locale locale;

    /** Read once per request: the template asks for it on every language link. */
    public Locale getLocale() {
        if (locale == null) {
            locale = chosenOrNegotiated();
        }
        return locale;
    }

    private Locale chosenOrNegotiated() {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(LanguageServlet.SESSION_ATTRIBUTE) instanceof Language chosen) {
            return chosen.locale();
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getViewHandler().calculateLocale(faces);
    }

    public List<Language> getChoices() {
        return List.of(Language.values());
    }

    public boolean isCurrent(Language language) {
        return language.tag().equals(getLocale().getLanguage());
    }

    /** A link that switches to {@code language} and comes back to the page being shown. */
    public String switchUrl(Language language) {
        return request.getContextPath() + "/language?lang=" + language.tag() + "&returnTo="
                + URLEncoder.encode(currentPage(), StandardCharsets.UTF_8);
    }

    private String currentPage() {
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = forwarded instanceof String original ? original : request.getRequestURI();
        String path = uri.substring(request.getContextPath().length());
        return forwarded == null && request.getQueryString() != null ? path + "?" + request.getQueryString() : path;
    }
}
