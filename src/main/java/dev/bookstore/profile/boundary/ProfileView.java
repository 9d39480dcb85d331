package dev.bookstore.profile.boundary;

import dev.bookstore.ground.control.AppConfiguration;
import dev.bookstore.web.boundary.LanguageView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** What the profile page shows beyond the profile itself. */
@Named
@RequestScoped
public class ProfileView {

    static final String ORGANIZATIONS_SCOPE = "urn:logto:scope:organizations";

    @Inject
    AppConfiguration configuration;

    @Inject
    LanguageView language;

    /** Organizations are listed only when the app asks Logto for them (LOGTO_SCOPES). */
    public boolean isOrganizationsRequested() {
        return configuration.settings().scopes().contains(ORGANIZATIONS_SCOPE);
    }

    public String joined(List<String> values) {
        return String.join(", ", values);
    }

    /** A moment in the page's language, in UTC (the server does not know the visitor's time zone). */
    public String moment(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language.getLocale()).withZone(ZoneOffset.UTC).format(instant);
    }

    /** Connector targets are ids; show Kakao by its name. */
    public String providerName(String target) {
        return target.equals(configuration.settings().kakaoTarget()) ? "Kakao" : target;
    }
}
