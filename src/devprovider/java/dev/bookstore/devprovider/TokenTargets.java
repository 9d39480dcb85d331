package dev.bookstore.devprovider;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads a token request's {@code resource} (RFC 8707) and Logto's {@code organization_id}. */
final class TokenTargets {

    private final Tenant tenant;

    TokenTargets(Tenant tenant) {
        this.tenant = tenant;
    }

    TokenTarget forCode(RecordedRequest request, Grant grant) {
        return resourceTarget(request, grant, grant.resourceScopes());
    }

    TokenTarget forRefresh(RecordedRequest request, Grant grant) {
        String organizationId = request.parameter("organization_id");
        if (organizationId == null) {
            return resourceTarget(request, grant, narrowed(request, grant.resourceScopes()));
        }
        TokenTarget organization = organizationTarget(request, grant, organizationId);
        if (request.parameter("resource") == null || organization.refusal() != null) {
            return organization;
        }
        // An organization-scoped token for the API resource: the membership is checked as above, then the resource's
        // token is issued with organization_id; its scopes are the user's roles' (the template's roles grant no
        // resource scopes here)
        TokenTarget resource = resourceTarget(request, grant, narrowed(request, grant.resourceScopes()));
        return resource.refusal() != null || resource.audience() == null ? resource
                : TokenTarget.of(resource.audience().scopedTo(organizationId));
    }

    /** Only a resource the authorization request named, and only one per token request. */
    private TokenTarget resourceTarget(RecordedRequest request, Grant grant, List<String> requestedScopes) {
        List<String> resources = request.parameters().getOrDefault("resource", List.of());
        if (resources.isEmpty()) {
            return TokenTarget.userinfo();
        }
        if (resources.size() > 1) {
            return invalidTarget("only a single resource indicator value is supported");
        }
        String resource = resources.get(0);
        Optional<ApiResource> apiResource = tenant.resource(resource);
        if (apiResource.isEmpty() || !grant.resources().contains(resource)) {
            return invalidTarget("resource indicator is missing, or unknown");
        }
        return TokenTarget.of(new TokenAudience(resource, apiResource.get().grantedTo(grant.user(), requestedScopes)));
    }

    /** Logto reads the membership and its roles afresh for every organization token (grants/refresh-token.ts). */
    private TokenTarget organizationTarget(RecordedRequest request, Grant grant, String organizationId) {
        if (!grant.scopes().contains(OrganizationClaims.ORGANIZATIONS_SCOPE)) {
            return TokenTarget.refused(403, "insufficient_scope", "refresh token missing required scope");
        }
        Optional<OrganizationMembership> membership = tenant.current(grant.user()).memberships().stream()
                .filter(candidate -> candidate.organization().id().equals(organizationId)).findFirst();
        if (membership.isEmpty()) {
            return TokenTarget.refused(403, "access_denied", "user is not a member of the organization");
        }
        // Only permissions the sign-in asked for (its scope) can be granted, as with an API resource's.
        List<String> scopes = tenant.organizationTemplate().scopesOf(membership.get().roles()).stream()
                .filter(grant.resourceScopes()::contains).toList();
        return TokenTarget.of(TokenAudience.organization(organizationId, narrowed(request, scopes)));
    }

    /** An optional {@code scope} parameter narrows what a refresh grants; it never widens it. */
    private static List<String> narrowed(RecordedRequest request, List<String> scopes) {
        String scope = request.parameter("scope");
        if (scope == null) {
            return scopes;
        }
        Set<String> asked = ScopeWords.of(scope).collect(Collectors.toSet());
        return scopes.stream().filter(asked::contains).toList();
    }

    private static TokenTarget invalidTarget(String description) {
        return TokenTarget.refused(400, "invalid_target", description);
    }
}
