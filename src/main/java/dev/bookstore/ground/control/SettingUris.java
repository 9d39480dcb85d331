package dev.bookstore.ground.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** The forms of URI a setting can take, each read from the setting's text: empty when the text is not of that form. */
final class SettingUris {

    private SettingUris() {
    }

    /** Scheme, host and port only: where Logto or the app itself is reached. */
    static Optional<URI> origin(String raw) {
        return parsed(raw, SettingUris::withoutTrailingSlashes, uri -> isWeb(uri) && uri.getRawPath().isEmpty()
                && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null);
    }

    /** An absolute http(s) URL, path allowed. */
    static Optional<URI> webUrl(String raw) {
        return parsed(raw, SettingUris::withoutTrailingSlashes, SettingUris::isWeb);
    }

    /** An absolute URI (any scheme), kept exactly as written: Logto compares API resource indicators verbatim. */
    static Optional<URI> absolute(String raw) {
        return parsed(raw, UnaryOperator.identity(), uri -> uri.isAbsolute() && uri.getRawFragment() == null);
    }

    private static Optional<URI> parsed(String raw, UnaryOperator<String> normalize, Predicate<URI> acceptable) {
        try {
            return Optional.of(new URI(normalize.apply(raw))).filter(acceptable);
        } catch (URISyntaxException malformed) {
            return Optional.empty(); // reported like any other unusable value
        }
    }

    private static String withoutTrailingSlashes(String url) {
        return url.replaceAll("/+$", "");
    }

    private static boolean isWeb(URI uri) {
        return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
    }
}
