package dev.bookstore.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
}
