package dev.bookstore.health.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the server answers and its heap is not exhausted: a member whose heap is still full right
 * after a collection only fails requests, and a restart (its sessions live on in the cluster) is the cure.
 * The heap in use between collections says nothing (garbage counts), so this reads what the last
 * collection left.
 */
@Liveness
@ApplicationScoped
public class HeapLiveness implements HealthCheck {

    private static final double EXHAUSTED = 0.98;

    @Override
    public HealthCheckResponse call() {
        long leftAfterCollection = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getCollectionUsage)
                .filter(usage -> usage != null)
                .mapToLong(MemoryUsage::getUsed)
                .sum();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long max = heap.getMax() > 0 ? heap.getMax() : heap.getCommitted();
        return HealthCheckResponse.named("heap")
                .status(leftAfterCollection < EXHAUSTED * max)
                .withData("usedAfterLastCollectionBytes", leftAfterCollection)
                .withData("maxBytes", max)
                .build();
    }
}
