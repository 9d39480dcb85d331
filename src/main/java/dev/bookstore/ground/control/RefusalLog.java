package dev.bookstore.ground.control;

import java.time.Clock;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Log lines about refused requests that anyone can send (bad logout tokens, unsigned webhooks, relay callers): at most
 * {@link #LINES_PER_MINUTE} a minute per kind, the rest counted into the next line written, so a flood writes a bounded
 * number of lines (metrics count every refusal). What a client wrote may appear in a reason (a JWT's {@code typ}
 * quoted by Nimbus): control characters become spaces and the reason is cut short, so no line can be forged.
 */
public final class RefusalLog {

    static final int LINES_PER_MINUTE = 10;
    private static final int LONGEST_REASON = 200;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029\\u0085]");

    private final Logger log;
    private final Clock clock;
    private long window = -1;
    private long writtenInWindow;
    private long untold;

    public RefusalLog(Logger log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** Warns {@code what}: {@code reason}, unless this kind has written its lines for this minute. */
    public void refused(String what, String reason) {
        long skipped;
        synchronized (this) { // a few field updates: cheap even under a flood, and the bound is exact
            long minute = clock.millis() / 60_000;
            if (window != minute) {
                window = minute;
                writtenInWindow = 0;
            }
            if (++writtenInWindow > LINES_PER_MINUTE) {
                untold++;
                return;
            }
            skipped = untold;
            untold = 0;
        }
        log.warning(what + ": " + clean(reason) + (skipped > 0 ? " (and " + skipped + " more not logged)" : ""));
    }

    static String clean(String reason) {
        String flat = CONTROL.matcher(String.valueOf(reason)).replaceAll(" ");
        return flat.length() > LONGEST_REASON ? flat.substring(0, LONGEST_REASON) + "…" : flat;
    }
}
