package dev.bookstore.web.boundary;

import dev.bookstore.web.control.PageLanguage;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * Each view's locale, by the site's one rule ({@link PageLanguage}): the visitor's choice for this session
 * ({@link LanguageServlet}), else the browser's first language the site is written in (faces-config.xml lists
 * the same three), else English. Faces asks once, when it creates the view; pages read it as {@code #{view.locale}}.
 */
public class ChosenLanguageViewHandler extends ViewHandlerWrapper {

    public ChosenLanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        if (context.getExternalContext().getRequest() instanceof HttpServletRequest request) {
            return PageLanguage.of(request).locale();
        }
        return super.calculateLocale(context);
    }
}
