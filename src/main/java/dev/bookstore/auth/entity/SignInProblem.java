package dev.bookstore.auth.entity;

/** Why a sign-in did not complete, with the HTTP status its page is sent with. */
public enum SignInProblem {
    /** The user said no at Logto or Kakao: a normal outcome. */
    CANCELLED(401),
    /** Logto answered with an error, or the answer could not be verified. */
    FAILED(400),
    /** A callback that belongs to no sign-in of this browser: replayed, forged or stale. */
    NOT_IN_PROGRESS(400),
    /** Logto could not be reached or answered with a server error. */
    UNAVAILABLE(503),
    /** Logto refuses this app's credentials (invalid_client): a wrong secret or app type, not the user's doing. */
    MISCONFIGURED(503);

    private final int status;

    SignInProblem(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The problem as a lower-case word, as a span's outcome names it. */
    public String traceWord() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Key prefix of the page's texts in the message bundle. */
    public String messageKey() {
        return "signInProblem." + name();
    }
}
