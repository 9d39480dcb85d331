package dev.bookstore.sessions.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.config.Config;
import com.hazelcast.config.XmlConfigBuilder;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The app's Hazelcast client finds the members the way they find each other. */
class ClusterMarkersTest {

    private static Config member(String network) {
        String xml = "<hazelcast xmlns=\"http://www.hazelcast.com/schema/config\"><cluster-name>books</cluster-name>"
                + "<network>" + network + "</network></hazelcast>";
        return new XmlConfigBuilder(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).build();
    }

    @Test
    void aMemberListBecomesTheClientsAddresses() {
        ClientConfig client = ClusterMarkers.clientOf(member("<join><multicast enabled=\"false\"/><tcp-ip enabled=\"true\">"
                + "<member-list><member>10.0.0.1:5701</member><member>10.0.0.2:5701</member></member-list></tcp-ip></join>"),
                Duration.ofSeconds(7));
        assertEquals("books", client.getClusterName());
        assertEquals(List.of("10.0.0.1:5701", "10.0.0.2:5701"), client.getNetworkConfig().getAddresses());
        assertEquals(7_000, client.getConnectionStrategyConfig().getConnectionRetryConfig().getClusterConnectTimeoutMillis());
    }

    @Test
    void kubernetesDiscoveryIsUsedByTheClientToo() {
        ClientConfig client = ClusterMarkers.clientOf(member("<join><multicast enabled=\"false\"/><kubernetes enabled=\"true\">"
                + "<service-dns>bookstore-hazelcast</service-dns></kubernetes></join>"), Duration.ofSeconds(30));
        assertTrue(client.getNetworkConfig().getKubernetesConfig().isEnabled());
        assertEquals("bookstore-hazelcast", client.getNetworkConfig().getKubernetesConfig().getProperty("service-dns"));
    }

    @Test
    void withoutDiscoveryTheClientTalksToTheMemberInItsOwnServer() {
        ClientConfig client = ClusterMarkers.clientOf(member("<port>5711</port><join><multicast enabled=\"false\"/></join>"),
                Duration.ofSeconds(30));
        assertEquals(List.of("127.0.0.1:5711"), client.getNetworkConfig().getAddresses());
    }
}
