package dev.bookstore.books.control;

/**
 * The database could not be reached for a catalog or shelf call: an outage, not a fault of the request. The API
 * answers it 503 with problem details, the shelf page 503 with a notice; it is logged once per outage
 * ({@link DatabaseAvailability}), never once per request.
 */
public class DatabaseUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatabaseUnavailableException(Throwable outage) {
        super("the database cannot be reached: " + DatabaseFailure.describe(outage), outage);
    }
}
