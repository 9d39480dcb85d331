package dev.bookstore.devprovider;

import dev.bookstore.devprovider.AuthorizationRequest.SignInScreen;
import java.time.Instant;
import java.util.Optional;

/** {@code POST /oidc/auth/submit}: finishes an interaction by signing a demo user in, or by cancelling. */
final class SignInSubmitEndpoint implements Endpoint {

    private final ProviderContext context;

    SignInSubmitEndpoint(ProviderContext context) {
        this.context = context;
    }

    @Override
    public Reply handle(RecordedRequest request) {
        Optional<AuthorizationRequest> taken = context.interactions().take(request.parameter("interaction"));
        if (taken.isEmpty()) {
            return MessagePages.error(400, "invalid_interaction",
                    "This sign-in attempt is unknown, expired or already finished. Start again from the app.");
        }
        AuthorizationRequest authorization = taken.get();
        if ("cancel".equals(request.parameter("action"))) {
            return AuthorizationRedirects.error(authorization.redirectUri(), "access_denied",
                    "End-User aborted interaction", authorization.state(), context.issuer());
        }
        Optional<DemoUser> user = DemoUsers.byKey(request.parameter("user"))
                .filter(chosen -> authorization.screen() != SignInScreen.KAKAO || chosen.signsInWithKakao());
        if (user.isEmpty()) {
            return MessagePages.error(400, "invalid_user", "No such demo user can sign in here.");
        }
        ProviderSession session = context.sessions().signIn(ProviderSessions.idFrom(request), user.get(),
                authorization.client().clientId());
        AuthorizationCode code = new AuthorizationCode(RandomValues.urlSafe(), authorization.client().clientId(),
                authorization.redirectUri(), user.get(), authorization.scopes(), authorization.nonce(),
                authorization.codeChallenge(), authorization.prompt().contains("consent"),
                authorization.resources(), authorization.resourceScopes(), session.sid(),
                authorization.maxAgeAsked() || authorization.prompt().contains("login") ? authTime() : null, Instant.now().plus(AuthorizationCodes.LIFETIME));
        context.codes().store(code);
        return AuthorizationRedirects.code(authorization.redirectUri(), code.value(), authorization.state(),
                context.issuer()).withHeader("Set-Cookie", ProviderSessions.cookieFor(session));
    }

    /** Submitting this page is authenticating: now, unless a test makes sign-ins look older. */
    private long authTime() {
        return Instant.now().minus(context.misbehaviour().signInAge()).getEpochSecond();
    }
}
