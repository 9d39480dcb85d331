package dev.bookstore.tenantsetup;

/** One line for ops, and the exit code: 2 for bad input, 3 for what Logto answered or did not. */
final class SetupException extends Exception {

    static final int BAD_INPUT = 2;
    static final int LOGTO_PROBLEM = 3;

    private final int exitCode;

    private SetupException(String line, int exitCode) {
        super(line);
        this.exitCode = exitCode;
    }

    static SetupException badInput(String line) {
        return new SetupException(line, BAD_INPUT);
    }

    static SetupException logto(String line) {
        return new SetupException(line, LOGTO_PROBLEM);
    }

    int exitCode() {
        return exitCode;
    }
}
