package dev.bookstore.web.control;

import dev.bookstore.ground.control.TraceParent;
import com.ibm.websphere.logging.hpel.LogRecordContext;
import java.util.logging.Logger;

/**
 * The request id as a field of every log line the request's thread writes: with Liberty's JSON logging
 * (docs/OPERATIONS.md) it is {@code ext_requestId}, so a log stack finds the line of an error page's id; when the
 * request is traced, {@code ext_traceId} leads from the line to its trace.
 */
public final class RequestIdField {

    private static final String NAME = "requestId";
    private static final String TRACE = "traceId";
    private static final Logger LOG = Logger.getLogger(RequestIdField.class.getName());
    private static volatile boolean available = true;

    private RequestIdField() {
    }

    static void set(String requestId) {
        if (available) {
            try {
                LogRecordContext.addExtension(NAME, requestId);
                String traceId = TraceParent.currentTraceId();
                if (traceId != null) {
                    LogRecordContext.addExtension(TRACE, traceId);
                }
            } catch (LinkageError notOnLiberty) {
                available = false; // outside Liberty (unit tests, the benchmark's tools): lines go without the field
                LOG.fine(() -> "No Liberty logging API here: " + notOnLiberty);
            }
        }
    }

    /** The request has ended: its thread's next lines belong to another. */
    public static void clear() {
        if (available) {
            try {
                LogRecordContext.removeExtension(NAME);
                LogRecordContext.removeExtension(TRACE);
            } catch (LinkageError notOnLiberty) {
                available = false;
            }
        }
    }
}
