package dev.bookstore.ground.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class RefusalLogTest {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Logger logger = Logger.getAnonymousLogger();

    {
        logger.setUseParentHandlers(false);
        logger.addHandler(new Handler() {
            @Override
            public void publish(LogRecord line) {
                lines.add(line.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }

    @Test
    void aFloodWritesABoundedNumberOfLinesAndTheNextMinuteSaysHowManyWereNotLogged() {
        Instant[] now = {Instant.parse("2026-12-07T10:00:00Z")};
        Clock clock = new Clock() {
            @Override
            public Instant instant() {
                return now[0];
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        RefusalLog log = new RefusalLog(logger, clock);
        for (int i = 0; i < 10_000; i++) {
            log.refused("Back-channel logout refused", "bad signature");
        }
        assertEquals(RefusalLog.LINES_PER_MINUTE, lines.size());
        now[0] = now[0].plus(Duration.ofMinutes(1));
        log.refused("Back-channel logout refused", "bad signature");
        assertEquals(RefusalLog.LINES_PER_MINUTE + 1, lines.size());
        assertTrue(lines.get(lines.size() - 1).endsWith("(and " + (10_000 - RefusalLog.LINES_PER_MINUTE) + " more not logged)"),
                lines.get(lines.size() - 1));
    }

    @Test
    void whatAClientWroteCannotForgeALine() {
        RefusalLog log = new RefusalLog(logger, Clock.systemUTC());
        log.refused("Back-channel logout refused", "typ \"x\r\n[12/7/26] I forged line\u2028more\" not allowed " + "a".repeat(500));
        String line = lines.get(0);
        assertFalse(line.contains("\n") || line.contains("\r") || line.contains("\u2028"), line);
        assertTrue(line.length() < 300, line);
    }
}
