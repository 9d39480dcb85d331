package dev.bookstore.devprovider;

/** {@code grant_type=refresh_token}: rotates the refresh token, the old one stops working. */
final class RefreshTokenGrant {

    private final ProviderContext context;

    RefreshTokenGrant(ProviderContext context) {
        this.context = context;
    }

    Reply exchange(RecordedRequest request, LocalLogtoClient client) {
        return context.tokens().redeemRefreshToken(request.parameter("refresh_token"), client.clientId())
                .map(grant -> TokenResponses.issue(grant, null, context))
                .orElseGet(() -> AuthorizationCodeGrant.invalidGrant("refresh token is invalid or revoked"));
    }
}
