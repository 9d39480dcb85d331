package dev.bookstore.books.boundary;

import dev.bookstore.ground.control.BookstoreMetrics;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** Counts every answer of the Bookstore API by its status, refusals of the bearer-token check included. */
@Provider
public class ApiRequestCount implements ContainerResponseFilter {

    @Inject
    BookstoreMetrics metrics;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        metrics.apiRequest(response.getStatus());
    }
}
