package dev.bookstore.devprovider;

import java.util.List;

/** What an admin does in the local tenant's Console, for tests and the set-up command's trials. */
public final class TenantConsole {

    private final Tenant tenant;
    private final ProviderRecordings recorded;

    TenantConsole(Tenant tenant, ProviderRecordings recorded) {
        this.tenant = tenant;
        this.recorded = recorded;
    }

    /**
     * Registers a machine-to-machine app; with {@code managementAccess} it has the role "Logto Management API
     * access", so its client_credentials tokens for the Management API are accepted at {@code /api}.
     */
    public void machineToMachineApp(String clientId, String clientSecret, boolean managementAccess) {
        tenant.addMachineClient(new Tenant.MachineClient(clientId, clientSecret, managementAccess));
    }

    /**
     * A webhook for {@code events} (Logto's names, e.g. {@code User.Deleted}) POSTed to {@code url}, as made in the
     * Console or through {@code /api/hooks}. @return its signing key
     */
    public String webhook(String url, List<String> events) {
        return tenant.webhooks().add("test hook", events, url).signingKey();
    }

    /** As {@link #webhook(String, List)} with a signing key the app was given beforehand (tests). */
    public void webhook(String url, List<String> events, String signingKey) {
        tenant.webhooks().add("test hook", events, url, signingKey);
    }

    /** As an admin suspends the user in the Console: refresh grants fail, and the webhooks hear of it. */
    public void suspendUser(String userKey) {
        DemoUser user = DemoUsers.byKey(userKey).orElseThrow();
        tenant.disable(user);
        tenant.webhooks().userEvent("User.SuspensionStatus.Updated", user, true, "PATCH",
                "/users/:userId/is-suspended");
    }

    /** As an admin deletes the user: refresh grants fail, and the webhooks hear of it. */
    public void deleteUser(String userKey) {
        DemoUser user = DemoUsers.byKey(userKey).orElseThrow();
        tenant.disable(user);
        tenant.webhooks().userEvent("User.Deleted", user, false, "DELETE", "/users/:userId");
    }

    /** The demo users are all active again and as the demo data has them (tests share one provider). */
    public void restoreUsers() {
        tenant.restoreAll();
    }

    /**
     * As an admin takes a role away from one user in the Console: the next ID tokens (a refresh grant) no longer
     * list it. Logto sends no webhook for this.
     */
    public void removeRole(String userKey, String role) {
        DemoUser user = tenant.current(DemoUsers.byKey(userKey).orElseThrow());
        tenant.edit(withRoles(user, user.roles().stream().filter(held -> !held.equals(role)).toList()));
    }

    /** As an admin renames the user ({@code PATCH /api/users/:userId}): new tokens say so, and the webhooks hear of it. */
    public void renameUser(String userKey, String name) {
        DemoUser user = tenant.current(DemoUsers.byKey(userKey).orElseThrow());
        DemoUser renamed = new DemoUser(user.key(), user.subject(), name, user.username(), user.email(), user.phoneNumber(),
                user.roles(), user.kakaoUserId(), user.createdAt(), System.currentTimeMillis(), user.memberships());
        tenant.edit(renamed);
        tenant.webhooks().userEvent("User.Data.Updated", renamed, false, "PATCH", "/users/:userId");
    }

    /**
     * As an admin deletes a role ({@code DELETE /api/roles/:id}): no user holds it any more, and the webhooks hear
     * of it, naming only the role's id.
     */
    public void deleteRole(String role) {
        for (DemoUser demo : DemoUsers.all()) {
            DemoUser user = tenant.current(demo);
            if (user.roles().contains(role)) {
                tenant.edit(withRoles(user, user.roles().stream().filter(held -> !held.equals(role)).toList()));
            }
        }
        tenant.webhooks().roleDeleted("role-" + role);
    }

    /**
     * As an admin removes the user from the organization ({@code DELETE /api/organizations/:id/users/:userId}): no
     * further organization token for it, and the webhooks hear of it ({@code Organization.Membership.Updated}).
     */
    public void removeMember(String userKey, String organizationId) {
        DemoUser user = tenant.current(DemoUsers.byKey(userKey).orElseThrow());
        tenant.edit(withMemberships(user, user.memberships().stream()
                .filter(membership -> !membership.organization().id().equals(organizationId)).toList()));
        tenant.webhooks().memberRemoved(organizationId, user.subject());
    }

    /**
     * As an admin takes an organization role from the user ({@code DELETE /api/organizations/:id/users/:userId/roles/
     * :roleId}): the next organization token lacks what the role granted. Logto sends no webhook for this.
     */
    public void removeOrganizationRole(String userKey, String organizationId, String role) {
        DemoUser user = tenant.current(DemoUsers.byKey(userKey).orElseThrow());
        tenant.edit(withMemberships(user, user.memberships().stream().map(membership ->
                membership.organization().id().equals(organizationId) ? membership.without(role) : membership).toList()));
    }

    private static DemoUser withMemberships(DemoUser user, List<OrganizationMembership> memberships) {
        return new DemoUser(user.key(), user.subject(), user.name(), user.username(), user.email(), user.phoneNumber(),
                user.roles(), user.kakaoUserId(), user.createdAt(), user.updatedAt(), memberships);
    }

    private static DemoUser withRoles(DemoUser user, java.util.List<String> roles) {
        return new DemoUser(user.key(), user.subject(), user.name(), user.username(), user.email(), user.phoneNumber(),
                roles, user.kakaoUserId(), user.createdAt(), user.updatedAt(), user.memberships());
    }

    /** For tests: the webhook deliveries sent so far, as {body, signature, url}. */
    public List<String[]> webhookDeliveries() {
        return recorded.webhookDeliveries().stream()
                .map(delivery -> new String[] {delivery.body(), delivery.signature(), delivery.url()}).toList();
    }

    /** For tests: POSTs any body with any signature header (or none) to a webhook URL; the receiver's status. */
    public int postWebhook(String url, String body, String signature) {
        return tenant.webhooks().sender().post(url, body, signature);
    }
}
