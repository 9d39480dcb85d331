package dev.bookstore.clubs.control;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.bookstore.logto.control.OrganizationAudience;
import java.util.List;
import java.util.Optional;

/**
 * Which organization a verified Logto access token speaks for. Logto issues two kinds (core/oidc/grants/refresh-token.ts):
 * an organization token, whose only mark of the organization is its audience {@code urn:logto:organization:<id>}; and an
 * organization-scoped token for an API resource, whose audience is the resource and whose {@code organization_id}
 * claim names the organization. Any other token, among them a user's own API token, speaks for none.
 */
public final class OrganizationOfToken {

    private OrganizationOfToken() {
    }

    /** @param apiResource this app's API resource indicator */
    public static Optional<String> of(JWTClaimsSet claims, String apiResource) {
        List<String> audience = claims.getAudience();
        List<String> organizations = audience.stream().map(OrganizationAudience::organizationOf).flatMap(Optional::stream)
                .toList();
        if (organizations.size() == 1 && audience.size() == 1) {
            return Optional.of(organizations.get(0));
        }
        if (organizations.isEmpty() && audience.contains(apiResource)
                && claims.getClaim("organization_id") instanceof String organizationId) {
            return Optional.of(organizationId);
        }
        return Optional.empty();
    }
}
