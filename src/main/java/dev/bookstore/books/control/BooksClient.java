package dev.bookstore.books.control;

import dev.bookstore.books.entity.Book;
import dev.bookstore.logto.control.HttpCalls;
import dev.bookstore.ground.control.AppConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * The app's pages call the Bookstore API over HTTP with the user's access token, as any other client
 * of the API would; a real round trip, so the API's checks apply to the pages too.
 */
@ApplicationScoped
public class BooksClient {

    @Inject
    HttpCalls http;

    @Inject
    AppConfiguration configuration;

    private final Jsonb json = JsonbBuilder.create();

    public List<Book> list(String accessToken) throws IOException, ApiRefusedException {
        HttpResponse<String> response = send(request("/books", accessToken).GET());
        return List.of(json.fromJson(response.body(), Book[].class));
    }

    public Book add(String accessToken, String title, String author) throws IOException, ApiRefusedException {
        String body = Json.createObjectBuilder().add("title", title).add("author", author).build().toString();
        HttpResponse<String> response = send(request("/books", accessToken)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        return json.fromJson(response.body(), Book.class);
    }

    private HttpRequest.Builder request(String path, String accessToken) {
        return HttpRequest.newBuilder(URI.create(configuration.settings().apiUrl() + path))
                .header("Authorization", "Bearer " + accessToken).header("Accept", "application/json");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, ApiRefusedException {
        HttpResponse<String> response = http.send(request);
        // 503: the API's database is down; the API logged that once, the page says so without a line per view.
        if (List.of(400, 401, 403, 409, 503).contains(response.statusCode())) {
            throw new ApiRefusedException(response.statusCode());
        }
        if (response.statusCode() / 100 != 2) {
            throw new IOException("the Bookstore API answered HTTP " + response.statusCode());
        }
        return response;
    }
}
