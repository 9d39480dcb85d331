package dev.bookstore.devprovider;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A validated authorization request, remembered while the user is on the sign-in page. */
record AuthorizationRequest(LocalLogtoClient client, String redirectUri, String state, String nonce,
        List<String> scopes, Set<String> prompt, String codeChallenge, String codeChallengeMethod,
        List<String> resources, List<String> resourceScopes, SignInScreen screen, boolean maxAgeAsked,
        Instant receivedAt) {

    /** The page the user sees first, chosen by Logto's first_screen, interaction_mode and direct_sign_in. */
    enum SignInScreen { SIGN_IN, REGISTER, KAKAO }

    AuthorizationRequest {
        scopes = List.copyOf(scopes);
        prompt = Set.copyOf(prompt);
        resources = List.copyOf(resources);
        resourceScopes = List.copyOf(resourceScopes);
    }
}
