package dev.bookstore.profile.boundary;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The pages {@link RenderedPageCache} serves as rendered, each with what it shows beyond the template: the routed
 * paths that reach it, whether it shows the sign-in's times (then the key holds the whole profile), and whether what
 * it shows depends on more than the session's profile ({@link PageState}).
 */
enum CachedPage {

    HOME(Set.of("/", "/index.xhtml", "/index"), false, false),
    PROFILE(Set.of("/profile", "/profile.xhtml"), true, false),
    ADMIN(Set.of("/admin", "/admin.xhtml"), false, false),
    ORGANIZATIONS(Set.of("/organizations", "/organizations.xhtml"), false, true);

    private final Set<String> paths;
    private final boolean showsTimes;
    private final boolean hasState;

    CachedPage(Set<String> paths, boolean showsTimes, boolean hasState) {
        this.paths = paths;
        this.showsTimes = showsTimes;
        this.hasState = hasState;
    }

    static Optional<CachedPage> of(String routedPath) {
        return Arrays.stream(values()).filter(page -> page.paths.contains(routedPath)).findFirst();
    }

    boolean showsTimes() {
        return showsTimes;
    }

    boolean hasState() {
        return hasState;
    }
}
