package dev.bookstore.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Kubernetes manifests ops apply (docs/kubernetes/bookstore.yaml) against the app's real port, health paths,
 * settings and the secrets the docs tell ops to create; and the safety a demanding ops team expects of them.
 */
class KubernetesManifestsTest {

    private static final Path PROJECT = Path.of(System.getProperty("user.dir"));
    private static List<Map<String, Object>> manifests;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        manifests = new ArrayList<>();
        for (Object document : new Yaml().loadAll(Files.readString(PROJECT.resolve("docs/kubernetes/bookstore.yaml")))) {
            manifests.add((Map<String, Object>) document);
        }
    }

    private static Map<String, Object> kind(String kind) {
        return manifests.stream().filter(manifest -> kind.equals(manifest.get("kind"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String... path) {
        Object current = value;
        for (String key : path) {
            current = ((Map<String, Object>) current).get(key);
            assertNotNull(current, String.join(".", path));
        }
        return (Map<String, Object>) current;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> container() {
        return ((List<Map<String, Object>>) map(kind("Deployment"), "spec", "template", "spec").get("containers")).get(0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void portsAndProbesAreTheAppsOwn() throws IOException {
        List<Map<String, Object>> ports = (List<Map<String, Object>>) container().get("ports");
        assertEquals(ServerXml.httpPort(PROJECT), ports.stream().filter(p -> "http".equals(p.get("name"))).findFirst().orElseThrow().get("containerPort"));
        assertEquals(5701, ports.stream().filter(p -> "hazelcast".equals(p.get("name"))).findFirst().orElseThrow().get("containerPort"));
        Map<String, String> probes = Map.of("startupProbe", "/health/started", "readinessProbe", "/health/ready", "livenessProbe", "/health/live");
        probes.forEach((probe, path) -> {
            Map<String, Object> httpGet = map(container(), probe, "httpGet");
            assertEquals(path, httpGet.get("path"), probe);
            assertEquals("http", httpGet.get("port"), probe);
        });
        assertTrue(!map(container(), "livenessProbe").containsKey("initialDelaySeconds"), "the startup probe guards the start");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everySettingIsOneTheAppReadsAndEverySecretIsCreatedOrDocumented() throws IOException {
        String readme = Files.readString(PROJECT.resolve("README.md"));
        Map<String, Object> config = map(kind("ConfigMap"), "data");
        for (String setting : config.keySet()) {
            assertTrue(readme.contains("| `" + setting + "` |"), setting + " is not in the README's settings table");
        }
        String deploy = Files.readString(PROJECT.resolve("docs/DEPLOY.md"));
        Set<String> created = manifests.stream().filter(manifest -> "Secret".equals(manifest.get("kind")))
                .map(manifest -> (String) map(manifest, "metadata").get("name")).collect(Collectors.toSet());
        List<Map<String, Object>> env = (List<Map<String, Object>>) container().get("env");
        List<String> referenced = new ArrayList<>(env.stream().map(variable -> (String) map(variable, "valueFrom", "secretKeyRef").get("name")).toList());
        for (Map<String, Object> tls : (List<Map<String, Object>>) map(kind("Ingress"), "spec").get("tls")) {
            referenced.add((String) tls.get("secretName"));
        }
        referenced.add("bookstore-ltpa");
        for (String secret : referenced) {
            assertTrue(created.contains(secret) || deploy.contains("kubectl create secret") && deploy.contains(" " + secret + " "),
                    secret + " is neither in the manifests nor created by a documented command");
        }
        assertTrue(readme.contains("| `LTPA_KEYS_PASSWORD` |") && readme.contains("| `LOGTO_APP_SECRET` |"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void membersRunUnprivilegedOnAReadOnlyRootWithWritableLibertyDirectories() {
        Map<String, Object> pod = map(kind("Deployment"), "spec", "template", "spec", "securityContext");
        assertEquals(true, pod.get("runAsNonRoot"));
        assertEquals(1001, pod.get("runAsUser"));
        Map<String, Object> security = map(container(), "securityContext");
        assertEquals(false, security.get("allowPrivilegeEscalation"));
        assertEquals(true, security.get("readOnlyRootFilesystem"));
        assertEquals(List.of("ALL"), map(security, "capabilities").get("drop"));
        Set<String> mounted = ((List<Map<String, Object>>) container().get("volumeMounts")).stream()
                .map(mount -> (String) mount.get("mountPath")).collect(Collectors.toSet());
        for (String written : List.of("workarea", "logs", "apps", "resources", "configDropins")) {
            assertTrue(mounted.contains("/opt/ol/wlp/usr/servers/bookstore/" + written), written + " must be writable");
        }
        assertTrue(mounted.contains("/tmp"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void membersLeaveOneAtATimeAndKeepServingUntilTakenOutOfTheService() {
        assertEquals(1, map(kind("PodDisruptionBudget"), "spec").get("maxUnavailable"));
        assertEquals(map(kind("Deployment"), "spec", "selector", "matchLabels"), map(kind("PodDisruptionBudget"), "spec", "selector", "matchLabels"));
        assertEquals(0, map(kind("Deployment"), "spec", "strategy", "rollingUpdate").get("maxUnavailable"));
        List<String> preStop = (List<String>) map(container(), "lifecycle", "preStop", "exec").get("command");
        assertEquals("sleep", preStop.get(0));
        int pause = Integer.parseInt(preStop.get(1));
        int grace = (Integer) map(kind("Deployment"), "spec", "template", "spec").get("terminationGracePeriodSeconds");
        assertTrue(pause > 0 && pause + 30 <= grace, "the pause and Liberty's stop fit in the grace period");
        assertNotNull(map(kind("Ingress"), "spec").get("ingressClassName"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void onlyTheMembersReachTheHazelcastPortWhileHttpStaysOpenToAll() throws IOException {
        Map<String, Object> members = map(kind("Deployment"), "spec", "template", "metadata", "labels");
        int hazelcastPort = hazelcastPort();
        int httpPort = ServerXml.httpPort(PROJECT);
        List<Map<String, Object>> policies = manifests.stream().filter(manifest -> "NetworkPolicy".equals(manifest.get("kind"))).toList();
        assertFalse(policies.isEmpty(), "a NetworkPolicy keeps Hazelcast (no authentication) to the members");
        boolean selectsMembers = false;
        boolean membersReachHazelcast = false;
        boolean httpOpen = false;
        for (Map<String, Object> policy : policies) {
            assertEquals("networking.k8s.io/v1", policy.get("apiVersion"));
            Map<String, Object> spec = map(policy, "spec");
            if (members.equals(map(spec, "podSelector").get("matchLabels")) && ((List<String>) spec.get("policyTypes")).contains("Ingress")) {
                selectsMembers = true;
            }
            for (Map<String, Object> rule : (List<Map<String, Object>>) spec.getOrDefault("ingress", List.of())) {
                List<Map<String, Object>> ports = (List<Map<String, Object>>) rule.get("ports");
                // A rule without ports allows every port, Hazelcast's too.
                assertTrue(ports != null && !ports.isEmpty(), "every ingress rule names its ports");
                List<Map<String, Object>> from = (List<Map<String, Object>>) rule.get("from");
                if (ports.stream().anyMatch(port -> covers(port, "hazelcast", hazelcastPort))) {
                    // No "from" (or an empty one) allows every source.
                    assertTrue(from != null && !from.isEmpty(), "the Hazelcast port names its sources (no from: any source)");
                    for (Map<String, Object> peer : from) {
                        // No ipBlock, no namespaceSelector: a podSelector alone means this namespace's pods.
                        assertEquals(Set.of("podSelector"), peer.keySet(), "Hazelcast's peers are pods, not " + peer.keySet());
                        assertEquals(members, map(peer, "podSelector").get("matchLabels"), "Hazelcast's peers are the members");
                    }
                    membersReachHazelcast = true;
                }
                if (ports.stream().anyMatch(port -> covers(port, "http", httpPort))) {
                    assertTrue(from == null || from.isEmpty(), "HTTP stays open to all (Ingress controller, probes)");
                    httpOpen = true;
                }
            }
        }
        assertTrue(selectsMembers, "a NetworkPolicy selects the members' pods for ingress");
        assertTrue(membersReachHazelcast, "the members reach each other's Hazelcast port");
        assertTrue(httpOpen, "the HTTP port stays open");
    }

    @Test
    @SuppressWarnings("unchecked")
    void forwardedHeadersAreBelievedFromThePodNetworkAndNeverFromAPublicAddress() {
        Map<String, Object> config = kind("ConfigMap");
        Object proxies = map(config, "data").get("TRUSTED_PROXIES");
        assertTrue(proxies instanceof String regex && !regex.isBlank(), "TRUSTED_PROXIES is set: the app's default (loopback) is no ingress controller");
        Pattern trusted = Pattern.compile((String) proxies);
        assertTrue(trusted.matcher("10.244.1.17").matches(), "a pod of the usual 10.x pod network");
        assertFalse(trusted.matcher("203.0.113.7").matches(), "a public address is no proxy");
        assertTrue(((List<Map<String, Object>>) container().get("envFrom")).stream()
                .anyMatch(source -> source.get("configMapRef") instanceof Map<?, ?> ref && map(config, "metadata").get("name").equals(ref.get("name"))),
                "the members take the ConfigMap's settings");
    }

    /** Whether a NetworkPolicy port entry lets in the container port of that name or number; no port is every port. */
    private static boolean covers(Map<String, Object> port, String name, int number) {
        Object value = port.get("port");
        if (value == null || name.equals(value)) {
            return true;
        }
        if (value instanceof Integer first) {
            return port.get("endPort") instanceof Integer last ? first <= number && number <= last : first == number;
        }
        return false;
    }

    /** The Hazelcast port of the members' own configuration, which the container declares as "hazelcast". */
    @SuppressWarnings("unchecked")
    private static int hazelcastPort() throws IOException {
        Matcher port = Pattern.compile("<port[^>]*>(\\d+)</port>").matcher(Files.readString(PROJECT.resolve("liberty/hazelcast/kubernetes.xml")));
        assertTrue(port.find(), "kubernetes.xml names Hazelcast's port");
        int number = Integer.parseInt(port.group(1));
        assertEquals(number, ((List<Map<String, Object>>) container().get("ports")).stream()
                .filter(p -> "hazelcast".equals(p.get("name"))).findFirst().orElseThrow().get("containerPort"));
        return number;
    }
}
