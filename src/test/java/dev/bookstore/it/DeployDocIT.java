package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DEPLOY.md's "Several members without Kubernetes", its blocks run as written on a clean copy (DocDeployment); then
 * what it promises of the two members (ready, one catalog, a shelf per user, sign-outs everywhere) and that they live
 * through a database outage (DatabaseOutage). Each test leaves the members as it found them.
 */
class DeployDocIT {

    private static DocDeployment deployment;

    @BeforeAll
    static void followTheDocument() throws Exception {
        deployment = new DocDeployment();
        Duration setUp = deployment.setUp();
        Duration ready = DocMembers.awaitReady(Duration.ofMinutes(3))
                .orElseThrow(() -> new AssertionError("the members the document started never got ready"));
        System.out.printf("DEPLOY.md set-up blocks: %d s; both members ready %d s later%n", setUp.toSeconds(), ready.toSeconds());
    }

    @AfterAll
    static void stopAsTheDocumentSays() throws Exception {
        if (deployment != null) {
            deployment.close();
        }
    }

    /** The document's own readiness commands; and its HTTP_HOST taken: every port a member opens is on loopback. */
    @Test
    void bothMembersAreReadyAsTheDocumentsCommandsSayAndListenOnLoopbackOnly() throws Exception {
        List<String> curls = DocBlocks.inlineCommands(DocDeployment.document(), DocDeployment.SECTION, "curl -s http://127.0.0.1:");
        assertEquals(2, curls.size(), "one readiness command per member: " + curls);
        for (String curl : curls) {
            String health = deployment.run(curl, "readiness", Duration.ofSeconds(30));
            assertTrue(health.contains("\"status\":\"UP\"") && health.contains("\"name\":\"database\""), curl + ": " + health);
        }
        for (String member : DocDeployment.MEMBERS.keySet()) {
            assertTrue(DocMembers.listensOnLoopbackOnly(deployment.messages(member)), member + " listens beyond 127.0.0.1");
        }
    }

    @Test
    void aBookAddedThroughMemberAIsListedThroughMemberBFromTheSharedPostgresql() throws Exception {
        String admin = DocMembers.apiToken("admin");
        String title = "Shared " + UUID.randomUUID();
        Browserless client = new Browserless();
        HttpResponse<String> added = client.postJson(DocMembers.url("member-a", "/api/books"),
                "{\"title\":\"" + title + "\",\"author\":\"A. Member\"}", "Authorization", admin);
        assertEquals(201, added.statusCode(), added::body);
        HttpResponse<String> onB = client.getWith(DocMembers.url("member-b", "/api/books"), "Authorization", admin);
        assertTrue(onB.body().contains(title), "member B lists it: " + onB.body());
        assertEquals(1, DatabaseRows.books(deployment.postgres, title), "one row, in the PostgreSQL of the document's step 1");
    }

    @Test
    void eachUsersShelfIsTheirOwnOnEveryMember() throws Exception {
        String admin = DocMembers.apiToken("admin");
        String reader = DocMembers.apiToken("reader");
        Browserless client = new Browserless();
        String title = "Kept by the reader " + UUID.randomUUID();
        String book = DatabaseRows.id(client.postJson(DocMembers.url("member-b", "/api/books"),
                "{\"title\":\"" + title + "\",\"author\":\"A. Shelf\"}", "Authorization", admin));
        assertEquals(204, client.sendWith("PUT", DocMembers.url("member-a", "/api/shelf/" + book), "Authorization", reader).statusCode());

        assertTrue(client.getWith(DocMembers.url("member-b", "/api/shelf"), "Authorization", reader).body().contains(book),
                "the reader's shelf holds it on member B");
        assertFalse(client.getWith(DocMembers.url("member-b", "/api/shelf"), "Authorization", admin).body().contains(book),
                "the admin's shelf does not");
        Browserless browser = new Browserless();
        DocMembers.signIn(browser, "reader");
        HttpResponse<String> shelfPage = DocMembers.get(browser, "member-b", "/shelf");
        assertEquals(200, shelfPage.statusCode(), shelfPage::body);
        assertTrue(shelfPage.body().contains("id=\"mine-" + book + "\""), "her shelf page on member B shows it");
    }

    @Test
    void signingOutThroughMemberASignsOutOnMemberB() {
        Browserless browser = new Browserless();
        assertEquals(302, DocMembers.signIn(browser, "kakao").statusCode());
        assertEquals(200, DocMembers.get(browser, "member-a", "/profile").statusCode(), "signed in on A");
        assertEquals(200, DocMembers.get(browser, "member-b", "/profile").statusCode(), "signed in on B");

        HttpResponse<String> signOut = DocMembers.post(browser, "member-a", "/sign-out", "Origin", DocDeployment.LOAD_BALANCER);
        assertEquals(302, signOut.statusCode(), signOut::body);
        assertEquals(302, DocMembers.get(browser, "member-b", "/profile").statusCode(), "signed out on B: sent to sign in");
        assertTrue(DocMembers.get(browser, "member-b", "/").body().contains("Not signed in"));
    }

    @Test
    void theSetUpCommandPreparesTheBuiltInEmptyTenantAsTheDocumentSays() throws Exception {
        List<String> blocks = DocBlocks.bashBlocks(DocDeployment.document(), "Trying the Logto set-up without a Logto");
        assertEquals(1, blocks.size());
        String output = deployment.run(blocks.get(0), "logto-set-up", Duration.ofMinutes(3));
        assertTrue(output.contains("create     application 'Bookstore'"), output);
        assertTrue(Files.readString(deployment.copy.resolve("bookstore-logto.env")).contains("LOGTO_APP_SECRET="));
    }

    @Test
    void aThirtySecondDatabaseOutageIsLivedThroughByBothMembersWithoutARestart() throws Exception {
        OutageVerdicts outage = DatabaseOutage.underLoad(deployment, Duration.ofSeconds(30));
        assertAll(outage.pagesThatNeedNoDatabaseKeptAnswering(), outage.theShelfAnsweredAFriendly503(),
                outage.theApiAnsweredProblemDetails503(), outage.readinessWentDownAndCameBack(),
                outage.everythingWorksAgainWithoutARestart(), outage.noCommittedWriteWasLost(),
                outage.eachMemberLoggedTheOutageOnce());
    }
}
