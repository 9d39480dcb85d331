package dev.bookstore.tokens.control;

import dev.bookstore.logto.control.LogtoBeans;

/** A {@link TokenEndpointClient} wired by hand onto {@link LogtoBeans}, for unit tests of the beans above it. */
public final class TokenEndpointClients {

    private TokenEndpointClients() {
    }

    public static TokenEndpointClient of(LogtoBeans beans) {
        TokenEndpointClient client = new TokenEndpointClient();
        client.http = beans.http();
        client.configuration = beans.configuration();
        client.endpoints = beans.endpoints();
        client.metrics = beans.metrics();
        return client;
    }
}
