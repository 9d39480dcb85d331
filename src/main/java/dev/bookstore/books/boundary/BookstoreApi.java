package dev.bookstore.books.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The Bookstore API under /api, protected by Logto access tokens for its resource indicator. */
@ApplicationPath("api")
public class BookstoreApi extends Application {
}
