package dev.bookstore.logto.control;

import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Nimbus reads Logto's key set through the app's own HTTP calls ({@link HttpCalls}): bounded by {@code LOGTO_TIMEOUT},
 * counted and timed as the {@code jwks} endpoint, and a client span of the trace that needed the keys.
 */
final class KeySetRetriever implements ResourceRetriever {

    private final HttpCalls http;
    private final int sizeLimit;

    KeySetRetriever(HttpCalls http, int sizeLimit) {
        this.http = http;
        this.sizeLimit = sizeLimit;
    }

    @Override
    public Resource retrieveResource(URL url) throws IOException {
        HttpResponse<String> answer;
        try {
            answer = http.send(HttpRequest.newBuilder(url.toURI()).header("Accept", "application/json").GET());
        } catch (URISyntaxException notAUri) {
            throw new IOException("not a key set URL: " + notAUri.getMessage(), notAUri);
        }
        if (answer.statusCode() != 200) {
            throw new IOException("Logto's key set answered HTTP " + answer.statusCode());
        }
        if (answer.body().length() > sizeLimit) {
            throw new IOException("Logto's key set is larger than " + sizeLimit + " characters");
        }
        return new Resource(answer.body(), answer.headers().firstValue("Content-Type").orElse(null));
    }
}
