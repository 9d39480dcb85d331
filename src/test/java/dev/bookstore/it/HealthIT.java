package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** MicroProfile Health answers what a load balancer and Kubernetes ask (docs/DEPLOY.md). */
class HealthIT extends BookstoreIT {

    private final Browserless client = new Browserless();

    @Test
    void readyOnceLogtosDiscoveryHasBeenRead() {
        HttpResponse<String> ready = client.get(ItSettings.url("/health/ready"));
        assertEquals(200, ready.statusCode(), ready::body);
        assertTrue(ready.body().contains("\"name\":\"logto\"") && ready.body().contains("\"status\":\"UP\""), ready::body);
        assertTrue(ready.body().contains("/oidc"), "names the issuer it reached: " + ready.body());
    }

    @Test
    void liveWhileTheHeapIsNotExhausted() {
        HttpResponse<String> live = client.get(ItSettings.url("/health/live"));
        assertEquals(200, live.statusCode(), live::body);
        assertTrue(live.body().contains("\"name\":\"heap\"") && live.body().contains("usedAfterLastCollectionBytes"), live::body);
    }
}
