package dev.bookstore.tenantsetup;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * The Management API token of a machine-to-machine app (client_credentials, {@code scope=all}), once the endpoint
 * proved to be a Logto. Says which of these is wrong: not a Logto, credentials refused, no such Management API,
 * or the app without the role "Logto Management API access" (Logto then issues a token without scope).
 */
final class ManagementToken {

    private final ManagementClient client;
    private final SetupInputs inputs;

    ManagementToken(ManagementClient client, SetupInputs inputs) {
        this.client = client;
        this.inputs = inputs;
    }

    String take() throws SetupException {
        checkItIsLogto();
        return managementToken(inputs, inputs.managementResource() != null ? inputs.managementResource() : managementResource());
    }

    /**
     * The tenant's Management API indicator, from the tenant id Logto shows anyone in its sign-in experience
     * (which also works for a custom domain); from the endpoint's host when that does not answer.
     */
    private String managementResource() throws SetupException {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(client.endpoint + "/api/.well-known/sign-in-exp")).GET());
        Object tenantId = answer.statusCode() == 200 ? ManagementClient.object(answer).get("tenantId") : null;
        return tenantId instanceof String id && id.matches("[a-z0-9-]+") && !id.equals("admin")
                ? SetupInputs.managementResourceOf(id) : SetupInputs.managementResourceOf(client.endpoint);
    }

    private void checkItIsLogto() throws SetupException {
        URI discovery = URI.create(client.endpoint + "/oidc/.well-known/openid-configuration");
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(discovery).GET());
        Object issuer = answer.statusCode() == 200 ? ManagementClient.object(answer).get("issuer") : null;
        if (!(client.endpoint + "/oidc").equals(issuer)) {
            throw SetupException.logto(client.endpoint + " is not a Logto endpoint: " + discovery + " answered HTTP "
                    + answer.statusCode() + (issuer == null ? "" : " with issuer " + issuer) + "; check LOGTO_ENDPOINT");
        }
    }

    private String managementToken(SetupInputs inputs, String resource) throws SetupException {
        String credentials = URLEncoder.encode(inputs.managementAppId(), StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(inputs.managementAppSecret(), StandardCharsets.UTF_8);
        String form = "grant_type=client_credentials&scope=all&resource="
                + URLEncoder.encode(resource, StandardCharsets.UTF_8);
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(client.endpoint + "/oidc/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        Map<String, Object> body = ManagementClient.object(answer);
        if (answer.statusCode() == 200 && body.get("access_token") instanceof String token) {
            if (!(" " + body.getOrDefault("scope", "") + " ").contains(" all ")) {
                throw noManagementRole(inputs);
            }
            return token;
        }
        String error = String.valueOf(body.get("error"));
        throw switch (error) {
            case "invalid_client" -> SetupException.logto("Logto refused the machine-to-machine app's credentials"
                    + " (invalid_client): check LOGTO_M2M_APP_ID and LOGTO_M2M_APP_SECRET against the app in the Logto Console"
                    + " (Applications)");
            case "invalid_target" -> SetupException.logto("Logto has no Management API " + resource
                    + " (invalid_target): set LOGTO_MANAGEMENT_RESOURCE to https://<tenant-id>.logto.app/api for Logto Cloud,"
                    + " " + SetupInputs.OSS_MANAGEMENT_RESOURCE + " for a self-hosted Logto");
            case "invalid_scope" -> noManagementRole(inputs);
            default -> SetupException.logto("Logto's token endpoint refused the machine-to-machine token: HTTP "
                    + answer.statusCode() + " " + error);
        };
    }

    private static SetupException noManagementRole(SetupInputs inputs) {
        return SetupException.logto("the machine-to-machine app " + inputs.managementAppId() + " may not use the"
                + " Management API: in the Logto Console, open Applications > that app > Roles, and assign the role"
                + " \"Logto Management API access\"");
    }
}
