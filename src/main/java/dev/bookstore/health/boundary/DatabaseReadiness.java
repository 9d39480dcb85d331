package dev.bookstore.health.boundary;

import dev.bookstore.books.control.DatabaseSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the database answers and its schema is migrated. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    DatabaseSchema schema;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database").status(schema.ready()).build();
    }
}
