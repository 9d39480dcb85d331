package dev.bookstore.devprovider;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The subset of Logto 1.42's Management API ({@code <endpoint>/api}) that sets a tenant up for the Bookstore:
 * applications and their secrets, API resources and their scopes, roles, the organization template, connectors, the
 * sign-in experience, hooks.
 * Every path but the anonymous {@code /.well-known/} ones needs a client_credentials token with scope {@code all}.
 */
final class ManagementApi implements Endpoint {

    static final String PREFIX = "/api/";

    private final MachineToMachineGrant tokens;
    private final List<ManagementRoute> routes;

    ManagementApi(ProviderContext context, MachineToMachineGrant tokens) {
        this.tokens = tokens;
        Tenant tenant = context.tenant();
        ManagedResources resources = new ManagedResources(tenant);
        this.routes = List.of(new ManagedApplications(tenant), resources, new ManagedRoles(resources),
                new ManagedOrganizationTemplate(tenant.organizationTemplate(), tenant.webhooks()),
                new ManagedConnectors(), new ManagedHooks(tenant.webhooks()));
    }

    @Override
    public Reply handle(RecordedRequest request) {
        List<String> segments = Arrays.asList(request.path().substring(PREFIX.length()).split("/"));
        if (!".well-known".equals(segments.get(0))) {
            Optional<Reply> refused = tokens.refusal(request);
            if (refused.isPresent()) {
                return refused.get();
            }
        }
        for (ManagementRoute route : routes) {
            Optional<Reply> reply = route.handle(request, segments);
            if (reply.isPresent()) {
                return reply.get();
            }
        }
        return Reply.of(404, "text/plain; charset=utf-8", "Not Found");
    }
}
