package dev.bookstore.web.boundary;

import dev.bookstore.web.entity.Language;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;

/**
 * Each view's locale: the visitor's choice for this session ({@link LanguageServlet}), else Faces' own pick
 * from the browser's Accept-Language among the supported locales (faces-config.xml), else English. Faces asks
 * once, when it creates the view; pages read it as {@code #{view.locale}}.
 */
public class ChosenLanguageViewHandler extends ViewHandlerWrapper {

    public ChosenLanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        if (context.getExternalContext().getSession(false) instanceof HttpSession session
                && session.getAttribute(LanguageServlet.SESSION_ATTRIBUTE) instanceof Language chosen) {
            return chosen.locale();
        }
        return super.calculateLocale(context);
    }
}
