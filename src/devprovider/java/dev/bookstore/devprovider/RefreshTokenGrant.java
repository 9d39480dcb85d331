package dev.bookstore.devprovider;

import java.util.Optional;

/**
 * {@code grant_type=refresh_token}: rotates the refresh token, the old one stops working. The token is used up
 * only when the request succeeds, so a refused resource or organization leaves it valid.
 */
final class RefreshTokenGrant {

    private final ProviderContext context;
    private final TokenTargets targets;

    RefreshTokenGrant(ProviderContext context) {
        this.context = context;
        this.targets = new TokenTargets(context.tenant());
    }

    Reply exchange(RecordedRequest request, LocalLogtoClient client) {
        if (context.misbehaviour().refusesRefreshTokens()) {
            return invalidRefreshToken();
        }
        String refreshToken = request.parameter("refresh_token");
        Optional<Grant> found = context.tokens().grantOfRefreshToken(refreshToken, client.clientId());
        if (found.isEmpty()) {
            return invalidRefreshToken();
        }
        Grant grant = found.get();
        if (context.tenant().isDisabled(grant.user())) {
            return AuthorizationCodeGrant.invalidGrant("user is suspended or deleted");
        }
        TokenTarget target = targets.forRefresh(request, grant);
        if (target.isRefused()) {
            return target.refusal();
        }
        if (!context.tokens().consumeRefreshToken(refreshToken, grant)) {
            return invalidRefreshToken();
        }
        return target.issue(grant, null, context);
    }

    private static Reply invalidRefreshToken() {
        return AuthorizationCodeGrant.invalidGrant("refresh token is invalid or revoked");
    }
}
