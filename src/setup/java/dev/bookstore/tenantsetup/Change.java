package dev.bookstore.tenantsetup;

/**
 * One item of the plan: what happens to it (create, update, unchanged, or only checked), a line saying what, and
 * the calls that make it so. The line names no secret.
 */
record Change(Action action, String item, String detail, Apply apply) {

    enum Action {
        CREATE("create"), UPDATE("update"), UNCHANGED("unchanged"), CHECK("check");

        private final String word;

        Action(String word) {
            this.word = word;
        }
    }

    /** The Management API calls of a change; what they create is noted in the state for the changes after it. */
    @FunctionalInterface
    interface Apply {
        void to(ManagementCalls api, SetupState state) throws SetupException;
    }

    static Change unchanged(String item) {
        return new Change(Action.UNCHANGED, item, "", (api, state) -> { });
    }

    static Change check(String item, String finding) {
        return new Change(Action.CHECK, item, finding, (api, state) -> { });
    }

    boolean changesSomething() {
        return action == Action.CREATE || action == Action.UPDATE;
    }

    String line() {
        return String.format("%-10s %s%s", action.word, item, detail.isEmpty() ? "" : ": " + detail);
    }
}
