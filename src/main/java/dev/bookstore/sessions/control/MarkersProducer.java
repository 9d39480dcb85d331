package dev.bookstore.sessions.control;

import dev.bookstore.ground.control.AppConfiguration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Picks where markers live from the {@code CLUSTER} setting, when the app starts: a member that cannot
 * reach its cluster should say so at once, not at the first sign-in. A marker must outlive every session
 * it can end: a session idle for longer than the idle timeout is gone anyway, so that is its lifetime.
 */
@ApplicationScoped
public class MarkersProducer {

    /** Logto's default session lifetime, for a server whose sessions never time out. */
    private static final Duration LONGEST_SIGN_IN = Duration.ofDays(14);
    private static final Duration CLUSTER_CONNECT_TIMEOUT = Duration.ofSeconds(30);

    private static final Logger LOG = Logger.getLogger(MarkersProducer.class.getName());

    @Inject
    AppConfiguration configuration;

    @Inject
    ServletContext servletContext;

    private Markers markers;

    void startWithTheApp(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // observing is enough: CDI creates this bean, and @PostConstruct connects
    }

    @PostConstruct
    void connect() {
        int idleMinutes = servletContext.getSessionTimeout();
        Duration lifetime = idleMinutes > 0 ? Duration.ofMinutes(idleMinutes + 1L) : LONGEST_SIGN_IN;
        String hazelcastConfig = configuration.settings().hazelcastConfig();
        if (!"hazelcast".equals(configuration.settings().cluster())) {
            markers = new LocalMarkers(lifetime, Clock.systemUTC());
            return;
        }
        try {
            markers = new ClusterMarkers(Path.of(hazelcastConfig), lifetime, CLUSTER_CONNECT_TIMEOUT);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("HAZELCAST_CONFIG cannot be read: " + hazelcastConfig, unreadable);
        }
        LOG.info(() -> "Back-channel logouts are shared with the cluster through Hazelcast (" + hazelcastConfig + ")");
    }

    @Produces
    Markers markers() {
        return markers;
    }

    @PreDestroy
    void disconnect() {
        if (markers instanceof ClusterMarkers clusterMarkers) {
            clusterMarkers.close();
        }
    }
}
