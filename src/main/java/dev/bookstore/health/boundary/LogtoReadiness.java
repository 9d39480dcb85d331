package dev.bookstore.health.boundary;

import dev.bookstore.ground.control.AppConfiguration;
import dev.bookstore.logto.control.LogtoEndpoints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the app has started (its settings are valid, or it would not have) and Logto's discovery
 * document has been read. Once read it is kept, so a later Logto outage does not take members out of
 * the load balancer: pages that need no sign-in keep working, and sign-ins say Logto is unreachable.
 */
@Readiness
@ApplicationScoped
public class LogtoReadiness implements HealthCheck {

    @Inject
    LogtoEndpoints endpoints;

    @Inject
    AppConfiguration configuration;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("logto")
                .status(endpoints.discovered())
                .withData("issuer", configuration.settings().issuer())
                .build();
    }
}
