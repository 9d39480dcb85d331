package dev.bookstore.devprovider;

import java.util.Optional;

/** {@code grant_type=authorization_code}: exchanges a single-use code for tokens. */
final class AuthorizationCodeGrant {

    private final ProviderContext context;
    private final TokenTargets targets;

    AuthorizationCodeGrant(ProviderContext context) {
        this.context = context;
        this.targets = new TokenTargets(context.tenant());
    }

    Reply exchange(RecordedRequest request, LocalLogtoClient client) {
        Optional<AuthorizationCode> found = context.codes().find(request.parameter("code"));
        if (found.isEmpty()) {
            return invalidGrant("authorization code is invalid");
        }
        AuthorizationCode code = found.get();
        if (code.expired()) {
            return invalidGrant("authorization code is expired");
        }
        if (code.codeChallenge() != null
                && !TokenHashes.matchesS256(request.parameter("code_verifier"), code.codeChallenge())) {
            return invalidGrant("PKCE verification failed");
        }
        if (!code.clientId().equals(client.clientId())) {
            return invalidGrant("client mismatch");
        }
        if (!code.redirectUri().equals(request.parameter("redirect_uri"))) {
            return invalidGrant("authorization code redirect_uri mismatch");
        }
        Grant grant = new Grant(code.value(), code.clientId(), code.user(), code.grantedScopes(), code.sessionId(),
                code.resources(), code.resourceScopes(), code.authTime());
        TokenTarget target = targets.forCode(request, grant);
        if (target.isRefused()) {
            return target.refusal();
        }
        // The code value doubles as the grant id, so a replay revokes everything this code produced.
        if (!context.codes().consume(code)) {
            context.tokens().revokeGrant(code.value());
            return invalidGrant("authorization code already consumed");
        }
        return target.issue(grant, code.nonce(), context);
    }

    static Reply invalidGrant(String description) {
        return Reply.error(400, "invalid_grant", "grant request is invalid: " + description);
    }
}
