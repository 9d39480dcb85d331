package dev.bookstore.logto.control;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.bookstore.ground.control.AppConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.util.Map;

/**
 * Logto's endpoints, read once from discovery (as Logto's SDKs do) and kept; a failed read is tried
 * again on the next use, so the app recovers by itself when Logto comes back.
 */
@ApplicationScoped
public class LogtoEndpoints {

    @Inject
    HttpCalls http;

    @Inject
    AppConfiguration configuration;

    private volatile Map<String, Object> discovery;

    public URI authorization() throws IOException {
        return endpoint("authorization_endpoint");
    }

    public URI token() throws IOException {
        return endpoint("token_endpoint");
    }

    public URI userinfo() throws IOException {
        return endpoint("userinfo_endpoint");
    }

    public URI revocation() throws IOException {
        return endpoint("revocation_endpoint");
    }

    public URI jwks() throws IOException {
        return endpoint("jwks_uri");
    }

    /** Whether Logto's discovery document has been read, trying now if it has not been yet. */
    public boolean discovered() {
        try {
            discovery();
            return true;
        } catch (IOException | RuntimeException unreachable) {
            return false;
        }
    }

    private URI endpoint(String name) throws IOException {
        Object value = discovery().get(name);
        if (!(value instanceof String url)) {
            throw new IOException("Logto's discovery document has no " + name);
        }
        return URI.create(url);
    }

    private Map<String, Object> discovery() throws IOException {
        Map<String, Object> known = discovery;
        if (known == null) {
            known = fetch(URI.create(configuration.settings().issuer() + "/.well-known/openid-configuration"));
            discovery = known;
        }
        return known;
    }

    private Map<String, Object> fetch(URI uri) throws IOException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).GET());
        if (response.statusCode() != 200) {
            throw new IOException("Logto's discovery answered HTTP " + response.statusCode());
        }
        try {
            return JSONObjectUtils.parse(response.body());
        } catch (ParseException unreadable) {
            throw new IOException("Logto's discovery document is not JSON", unreadable);
        }
    }
}
