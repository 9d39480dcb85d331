package dev.bookstore.sessions.control;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.XmlConfigBuilder;
import com.hazelcast.config.YamlConfigBuilder;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Markers in a Hazelcast map of the cluster that Liberty's session cache forms, so every member sees a
 * marker set on any one of them. The app cannot use the Hazelcast member Liberty runs (its classes are
 * loaded apart from the app's), so it joins that cluster as a client, found the way the members find
 * each other: the same configuration file. Only loaded when clustering is on; Hazelcast then comes from
 * the server's shared library.
 */
public class ClusterMarkers implements Markers, AutoCloseable {

    static final String MAP_NAME = "bookstore-ended-sign-ins";
    private static final Logger LOG = Logger.getLogger(ClusterMarkers.class.getName());

    private final HazelcastInstance client;
    private final IMap<String, Long> map;
    private final Duration lifetime;

    public ClusterMarkers(Path memberConfiguration, Duration lifetime, Duration connectTimeout) throws IOException {
        this.client = HazelcastClient.newHazelcastClient(clientOf(read(memberConfiguration), connectTimeout));
        this.map = client.getMap(MAP_NAME);
        this.lifetime = lifetime;
    }

    private static Config read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            String name = file.getFileName().toString();
            return name.endsWith(".yaml") || name.endsWith(".yml") ? new YamlConfigBuilder(in).build() : new XmlConfigBuilder(in).build();
        }
    }

    /** Same cluster name, and the members' own way of finding each other: a member list or Kubernetes. */
    static ClientConfig clientOf(Config member, Duration connectTimeout) {
        ClientConfig client = new ClientConfig();
        client.setClusterName(member.getClusterName());
        client.setProperty("hazelcast.logging.type", "jdk");
        client.getConnectionStrategyConfig().getConnectionRetryConfig()
                .setClusterConnectTimeoutMillis(connectTimeout.toMillis());
        JoinConfig join = member.getNetworkConfig().getJoin();
        if (join.getKubernetesConfig().isEnabled()) {
            client.getNetworkConfig().getKubernetesConfig().setEnabled(true);
            join.getKubernetesConfig().getProperties().forEach(client.getNetworkConfig().getKubernetesConfig()::setProperty);
        } else if (join.getTcpIpConfig().isEnabled()) {
            client.getNetworkConfig().setAddresses(join.getTcpIpConfig().getMembers());
        } else {
            client.getNetworkConfig().addAddress("127.0.0.1:" + member.getNetworkConfig().getPort());
        }
        return client;
    }

    @Override
    public void put(String key, long epochMillis) {
        map.put(key, epochMillis, lifetime.toSeconds(), TimeUnit.SECONDS);
    }

    /** A cluster that cannot be asked grants no lease: the work waits for the next request. */
    @Override
    public boolean claim(String key, Duration lease) {
        try {
            return map.putIfAbsent(key, System.currentTimeMillis(), lease.toMillis(), TimeUnit.MILLISECONDS) == null;
        } catch (RuntimeException clusterUnreachable) {
            LOG.warning(() -> "Could not take a lease in the cluster: " + clusterUnreachable);
            return false;
        }
    }

    /** A lease the cluster cannot be told about ends by itself. */
    @Override
    public void release(String key) {
        try {
            map.delete(key);
        } catch (RuntimeException clusterUnreachable) {
            LOG.warning(() -> "Could not give a lease back to the cluster: " + clusterUnreachable);
        }
    }

    /** A cluster that cannot be asked ends no sign-in: pages keep working, and the outage is logged. */
    @Override
    public Long get(String key) {
        try {
            return map.get(key);
        } catch (RuntimeException clusterUnreachable) {
            LOG.warning(() -> "Could not check the cluster for ended sign-ins: " + clusterUnreachable);
            return null;
        }
    }

    @Override
    public void close() {
        client.shutdown();
    }
}
