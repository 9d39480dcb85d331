package dev.bookstore.devprovider;

import java.util.Set;

/** The one application registered at the local provider (a Logto "traditional web" app). */
public record LocalLogtoClient(String clientId, String clientSecret, Set<String> redirectUris,
        Set<String> postLogoutRedirectUris) {

    public LocalLogtoClient {
        redirectUris = Set.copyOf(redirectUris);
        postLogoutRedirectUris = Set.copyOf(postLogoutRedirectUris);
    }

    @Override
    public String toString() {
        return "LocalLogtoClient[clientId=" + clientId + ", redirectUris=" + redirectUris
                + ", postLogoutRedirectUris=" + postLogoutRedirectUris + "]";
    }
}
