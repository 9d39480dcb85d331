package dev.bookstore.tenantsetup;

import java.util.ArrayList;
import java.util.List;

/**
 * What the Bookstore needs from a Logto tenant, compared with what the tenant has: one change per item, in the
 * order they depend on each other (the roles need the API resource's permissions, the organization roles the
 * organization permission). Planning only reads.
 */
final class TenantPlan {

    private final List<Change> changes;
    private final SetupState state;

    private TenantPlan(List<Change> changes, SetupState state) {
        this.changes = List.copyOf(changes);
        this.state = state;
    }

    static TenantPlan of(SetupInputs inputs, ManagementCalls api) throws SetupException {
        SetupState state = new SetupState();
        List<Change> changes = new ArrayList<>();
        changes.addAll(ApplicationStep.plan(inputs, api, state));
        changes.add(ApiResourceStep.plan(inputs, api, state));
        changes.addAll(RolesStep.plan(api, state));
        changes.addAll(OrganizationTemplateStep.plan(api, state));
        changes.add(KakaoStep.connector(inputs, api, state));
        changes.add(KakaoStep.signInExperience(inputs, api, state));
        changes.add(WebhookStep.plan(inputs, api, state));
        return new TenantPlan(changes, state);
    }

    List<Change> changes() {
        return changes;
    }

    SetupState state() {
        return state;
    }
}
