package dev.bookstore.tenantsetup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the app's settings go, secret included: a file readable by its owner only, never the terminal. Either the
 * {@code KEY=value} form of {@code server.env} and shell {@code .env} files, or a Kubernetes Secret manifest.
 */
final class CredentialsOutput {

    /**
     * The scopes the app asks for beyond its own: Logto puts an organization permission into organization tokens only
     * when the sign-in asked for it. Commas, not spaces, so that a shell can source the file.
     */
    static final String SCOPES = String.join(",", "urn:logto:scope:organizations", "urn:logto:scope:organization_roles",
            OrganizationTemplateStep.PERMISSION);

    private CredentialsOutput() {
    }

    static Map<String, String> settings(SetupInputs inputs, SetupState state) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("LOGTO_ENDPOINT", inputs.endpoint().toString());
        settings.put("LOGTO_APP_ID", state.applicationId);
        settings.put("LOGTO_APP_SECRET", state.applicationSecret);
        settings.put("APP_BASE_URL", inputs.baseUrls().get(0).toString());
        settings.put("BOOKSTORE_API_RESOURCE", inputs.apiResource());
        settings.put("LOGTO_KAKAO_TARGET", inputs.kakaoTarget());
        settings.put("LOGTO_SCOPES", SCOPES);
        if (state.webhookSigningKey != null) {
            settings.put("LOGTO_WEBHOOK_SIGNING_KEY", state.webhookSigningKey);
        }
        return settings;
    }

    /** @return the file written */
    static Path write(SetupInputs inputs, SetupState state) throws SetupException {
        Map<String, String> settings = settings(inputs, state);
        Path target = inputs.kubernetesSecret() != null ? inputs.kubernetesSecret() : inputs.envFile();
        String content = inputs.kubernetesSecret() != null ? secretManifest(settings) : envFile(settings);
        try {
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path written = Files.createTempFile(parent, ".logto-setup", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(written, content, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            Files.move(written, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException | UnsupportedOperationException unwritable) {
            throw SetupException.badInput("cannot write the app's settings to " + target + " (" + unwritable.getMessage()
                    + "); choose another file with --env-file or --kubernetes-secret");
        }
    }

    private static String envFile(Map<String, String> settings) {
        StringBuilder file = new StringBuilder("# The Bookstore's Logto settings, written by logto-setup. Keep this file secret.\n");
        settings.forEach((key, value) -> file.append(key).append('=').append(value).append('\n'));
        return file.toString();
    }

    /** A Secret for {@code envFrom: secretRef} (docs/kubernetes/bookstore.yaml); values Base64 as {@code data} wants. */
    private static String secretManifest(Map<String, String> settings) {
        StringBuilder manifest = new StringBuilder("""
                # The Bookstore's Logto settings, written by logto-setup. Apply it, never commit it.
                apiVersion: v1
                kind: Secret
                metadata:
                  name: bookstore-logto
                type: Opaque
                data:
                """);
        settings.forEach((key, value) -> manifest.append("  ").append(key).append(": ")
                .append(Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8))).append('\n'));
        return manifest.toString();
    }
}
