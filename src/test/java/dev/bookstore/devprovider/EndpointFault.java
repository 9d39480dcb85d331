package dev.bookstore.devprovider;

/** How an endpoint fails. The request is still recorded. */
public enum EndpointFault {
    /** Answers 500 {@code {"error":"server_error"}}. */
    SERVER_ERROR,
    /** Waits 30 s, or until the provider is closed, then answers as {@link #SERVER_ERROR}. */
    HANG
}
