package dev.bookstore.devprovider;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the tenant has registered: its applications (the OIDC clients the endpoints look up by client id, and the
 * machine-to-machine apps that may call the Management API) and its API resources. Filled at start, or through
 * the Management API, which keeps its own records (roles, connectors, hooks) beside it.
 */
final class Tenant {

    private final Map<String, LocalLogtoClient> clients = new LinkedHashMap<>();
    private final Map<String, String> backchannelUris = new LinkedHashMap<>();
    private final Map<String, MachineClient> machineClients = new LinkedHashMap<>();
    private final Map<String, ApiResource> resources = new LinkedHashMap<>();
    private final Set<String> suspendedOrDeleted = ConcurrentHashMap.newKeySet();
    private final Map<String, DemoUser> edited = new ConcurrentHashMap<>();
    private final Webhooks webhooks;
    private final OrganizationTemplate organizationTemplate;

    private Tenant(ProviderObserver observer, OrganizationTemplate organizationTemplate) {
        webhooks = new Webhooks(new WebhookSender(observer));
        this.organizationTemplate = organizationTemplate;
    }

    /**
     * With the client and the API resource, either null for none; what its webhooks send is shown to the observer.
     * A tenant with a client is the demo tenant, with the book clubs' organization template.
     */
    static Tenant of(LocalLogtoClient client, ApiResource resource, ProviderObserver observer) {
        Tenant tenant = new Tenant(observer, client == null ? OrganizationTemplate.empty() : OrganizationTemplate.bookClubs());
        if (client != null) {
            tenant.addClient(client, null);
        }
        if (resource != null) {
            tenant.addResource(resource);
        }
        return tenant;
    }

    /** Registers or replaces the client; {@code backchannelUri} an absolute http(s) URI, or null for none. */
    synchronized void addClient(LocalLogtoClient client, String backchannelUri) {
        clients.put(client.clientId(), client);
        if (backchannelUri == null) {
            backchannelUris.remove(client.clientId());
        } else {
            backchannelUris.put(client.clientId(), BackchannelLogout.checked(backchannelUri));
        }
    }

    synchronized Optional<LocalLogtoClient> client(String clientId) {
        return Optional.ofNullable(clientId == null ? null : clients.get(clientId));
    }

    /** The back-channel logout URI registered for the client, if any (set through the Management API). */
    synchronized Optional<String> backchannelUri(String clientId) {
        return Optional.ofNullable(backchannelUris.get(clientId));
    }

    /** A machine-to-machine app; {@code managementAccess}: it has the role "Logto Management API access". */
    record MachineClient(String clientId, String secret, boolean managementAccess) {
    }

    synchronized void addMachineClient(MachineClient client) {
        machineClients.put(client.clientId(), client);
    }

    synchronized Optional<MachineClient> machineClient(String clientId) {
        return Optional.ofNullable(clientId == null ? null : machineClients.get(clientId));
    }

    synchronized void addResource(ApiResource resource) {
        resources.put(resource.indicator(), resource);
    }

    synchronized Optional<ApiResource> resource(String indicator) {
        return Optional.ofNullable(indicator == null ? null : resources.get(indicator));
    }

    Webhooks webhooks() {
        return webhooks;
    }

    OrganizationTemplate organizationTemplate() {
        return organizationTemplate;
    }

    /** A suspended or deleted user: Logto refuses their refresh grants ({@code invalid_grant}). */
    void disable(DemoUser user) {
        suspendedOrDeleted.add(user.subject());
    }

    /** Every demo user active again and as the demo data has them. */
    void restoreAll() {
        suspendedOrDeleted.clear();
        edited.clear();
    }

    /** The user as an admin has left them (a role taken away, a new name), which every token issued from now on says. */
    DemoUser current(DemoUser user) {
        return edited.getOrDefault(user.subject(), user);
    }

    void edit(DemoUser changed) {
        edited.put(changed.subject(), changed);
    }

    boolean isDisabled(DemoUser user) {
        return suspendedOrDeleted.contains(user.subject());
    }

    /** Every permission of every API resource and of the organization template: what a sign-in may ask for. */
    synchronized List<String> allPermissions() {
        return Stream.concat(resources.values().stream().flatMap(resource -> resource.permissions().stream()),
                        organizationTemplate.scopes().stream().map(OrganizationTemplate.Scope::name)).distinct()
                .collect(Collectors.toCollection(ArrayList::new));
    }
}
