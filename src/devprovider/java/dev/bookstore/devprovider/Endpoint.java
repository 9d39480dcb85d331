package dev.bookstore.devprovider;

/** Answers one route of the provider. */
@FunctionalInterface
interface Endpoint {

    Reply handle(RecordedRequest request);
}
