package dev.bookstore.devprovider;

import dev.bookstore.devprovider.AuthorizationRequest.SignInScreen;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code GET /oidc/auth}: validates the request, remembers it and shows the sign-in screen. */
final class AuthorizationEndpoint implements Endpoint {

    /** An error the client learns about through its redirect URI. */
    private record Problem(String error, String description) {
    }

    private final ProviderContext context;

    AuthorizationEndpoint(ProviderContext context) {
        this.context = context;
    }

    @Override
    public Reply handle(RecordedRequest request) {
        Optional<LocalLogtoClient> client = context.tenant().client(request.parameter("client_id"));
        if (client.isEmpty()) {
            return unredirectable("invalid_client", "invalid client " + request.parameter("client_id"), request);
        }
        String redirectUri = request.parameter("redirect_uri");
        if (redirectUri == null || !client.get().redirectUris().contains(redirectUri)
                || context.misbehaviour().refusesEveryRedirectUri()) {
            return unredirectable("invalid_redirect_uri",
                    "redirect_uri did not match any of the client's registered redirect_uris", request);
        }
        Problem problem = problemWith(request);
        String state = request.parameter("state");
        if (problem != null) {
            return AuthorizationRedirects.error(redirectUri, problem.error(), problem.description(), state,
                    context.issuer());
        }
        Set<String> prompt = ScopeWords.of(request.parameter("prompt")).collect(Collectors.toSet());
        if (prompt.contains("none")) {
            return AuthorizationRedirects.error(redirectUri, "login_required", "End-User authentication is required",
                    state, context.issuer());
        }
        String scope = request.parameter("scope");
        AuthorizationRequest remembered = new AuthorizationRequest(client.get(), redirectUri, state,
                request.parameter("nonce"), ScopeWords.known(scope, DiscoveryEndpoint.SCOPES), prompt,
                request.parameter("code_challenge"), request.parameter("code_challenge_method"),
                resources(request), ScopeWords.known(scope, context.tenant().allPermissions()), screen(request),
                request.parameter("max_age") != null, Instant.now());
        String interaction = context.interactions().remember(remembered);
        PageWords words = PageWords.of(request.parameter("ui_locales")); // Logto's pages follow ui_locales too
        return Reply.html(200, remembered.screen() == SignInScreen.KAKAO
                ? KakaoConsentPage.render(interaction, words)
                : SignInPage.render(interaction, remembered.screen() == SignInScreen.REGISTER, words));
    }

    /**
     * An error that must not be sent to a redirect URI it cannot trust: Logto 1.42 answers it itself, 400 with
     * JSON (its error handler adds {@code code} and {@code message} to node-oidc-provider's error), no page.
     */
    private Reply unredirectable(String error, String description, RecordedRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", "oidc." + error);
        body.put("message", "An OIDC error occurred: oidc." + error + ".");
        body.put("error", error);
        body.put("error_description", description);
        if (request.parameter("state") != null) {
            body.put("state", request.parameter("state"));
        }
        body.put("iss", context.issuer());
        return Reply.json(400, body);
    }

    /** Why the request cannot be served, or null. */
    private Problem problemWith(RecordedRequest request) {
        String responseType = request.parameter("response_type");
        if (responseType == null) {
            return new Problem("invalid_request", "missing required parameter 'response_type'");
        }
        if (!responseType.equals("code")) {
            return new Problem("unsupported_response_type", "unsupported response_type requested");
        }
        if (ScopeWords.of(request.parameter("scope")).noneMatch("openid"::equals)) {
            return new Problem("invalid_request", "openid scope must be requested");
        }
        String mode = request.parameter("response_mode");
        if (mode != null && !mode.equals("query")) {
            return new Problem("invalid_request", "unsupported response_mode requested");
        }
        if (request.parameter("code_challenge") != null
                && !"S256".equals(request.parameter("code_challenge_method"))) {
            return new Problem("invalid_request", "code_challenge_method must be S256");
        }
        String direct = request.parameter("direct_sign_in");
        if (direct != null && !direct.equals("social:kakao")) {
            return new Problem("invalid_request", "direct_sign_in does not name a connector of this tenant");
        }
        List<String> resources = resources(request);
        if (!resources.stream().allMatch(indicator -> context.tenant().resource(indicator).isPresent())
                || (!resources.isEmpty() && context.misbehaviour().hidesApiResource())) {
            return new Problem("invalid_target", "resource indicator is missing, or unknown");
        }
        return context.misbehaviour().authorizationError().map(error -> new Problem(error, "switched on for a test"))
                .orElse(null);
    }

    private static List<String> resources(RecordedRequest request) {
        return request.parameters().getOrDefault("resource", List.of()).stream().distinct().toList();
    }

    private static SignInScreen screen(RecordedRequest request) {
        if (request.parameter("direct_sign_in") != null) {
            return SignInScreen.KAKAO;
        }
        return "register".equals(request.parameter("first_screen"))
                || "signUp".equals(request.parameter("interaction_mode"))
                ? SignInScreen.REGISTER : SignInScreen.SIGN_IN;
    }
}
