package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.function.Executable;

/** What a {@link DatabaseOutage} should have been like, one verdict per promise, each judged on its own. */
record OutageVerdicts(DatabaseOutage outage) {

    /** The app's own lines, each once per member per outage. */
    static final String DOWN_LINE = "The database stopped answering";
    static final String BACK_LINE = "The database answers again";

    Executable pagesThatNeedNoDatabaseKeptAnswering() {
        return () -> {
            List<PageLoad.Answer> pages = outage.load.answers(request -> List.of("GET /", "GET /profile").contains(request));
            List<PageLoad.Answer> signIns = outage.load.answers("sign-in"::equals);
            assertTrue(during(pages).size() > 10 && !during(signIns).isEmpty(), "pages and sign-ins went on during the outage");
            assertEquals(List.of(), pages.stream().filter(answer -> answer.status() != 200).toList(), "home and profile");
            assertEquals(List.of(), signIns.stream().filter(answer -> answer.status() != 302).toList(), "sign-ins");
            assertEquals(List.of(), outage.load.answers(request -> request.startsWith("round of")), "users' rounds");
        };
    }

    Executable theShelfAnsweredAFriendly503() {
        return () -> judge503s(outage.load.answers("GET /shelf"::equals), answer -> answer.contentType().startsWith("text/html")
                && answer.body().contains("id=\"my-shelf-unavailable\"") && answer.body().contains("id=\"shelf-problem\"")
                && answer.body().contains("id=\"header-user\""));
    }

    Executable theApiAnsweredProblemDetails503() {
        return () -> judge503s(outage.load.answers(request -> request.contains(" /api/")), answer ->
                answer.contentType().startsWith("application/problem+json") && answer.body().contains("\"status\":503"));
    }

    /** Every answer a success or a 503 of that form (never a stack trace), and only such 503s while the database was down. */
    private void judge503s(List<PageLoad.Answer> answers, Predicate<PageLoad.Answer> form) {
        Predicate<PageLoad.Answer> friendly = answer -> answer.status() == 503 && form.test(answer)
                && !answer.body().contains("Exception") && !answer.body().contains("\tat ");
        List<PageLoad.Answer> during = during(answers);
        assertFalse(during.isEmpty(), "asked during the outage");
        List<PageLoad.Answer> wrong = answers.stream().filter(answer -> !answer.succeeded() && !friendly.test(answer)).toList();
        assertTrue(wrong.isEmpty(), () -> "not a friendly 503: " + DatabaseOutage.describe(wrong));
        List<PageLoad.Answer> served = during.stream().filter(friendly.negate()).toList();
        assertTrue(served.isEmpty(), () -> "answered as if the database were there: " + DatabaseOutage.describe(served));
        List<PageLoad.Answer> slow = during.stream().filter(answer -> Duration.between(answer.sent(), answer.answered())
                .compareTo(Duration.ofSeconds(2)) > 0).toList();
        assertTrue(slow.isEmpty(), () -> "a 503 should come at once, not after retries: " + DatabaseOutage.describe(slow));
    }

    Executable readinessWentDownAndCameBack() {
        return () -> {
            for (String member : outage.members()) {
                assertTrue(during(outage.load.answers(("ready " + member)::equals)).stream().anyMatch(answer -> answer.status() == 503),
                        member + " said it was not ready while the database was down");
            }
            assertTrue(outage.readyAgain.isPresent(), "both members ready again within a minute of the database's start");
        };
    }

    Executable everythingWorksAgainWithoutARestart() {
        return () -> {
            assertTrue(outage.readyAgain.isPresent(), "ready again");
            List<PageLoad.Answer> after = outage.load.answers(request -> true).stream()
                    .filter(answer -> !answer.sent().isBefore(outage.readyAgain.get())).toList();
            assertTrue(after.size() > 5, "asked after the members were ready again");
            List<PageLoad.Answer> failed = after.stream().filter(answer -> !answer.succeeded()).toList();
            assertTrue(failed.isEmpty(), () -> "failed once ready again: " + DatabaseOutage.describe(failed));
            for (String member : outage.members()) {
                assertEquals(outage.jvms.get(member).pid(), outage.deployment.jvm(member).pid(), member + " was not restarted");
            }
        };
    }

    Executable noCommittedWriteWasLost() {
        return () -> {
            List<PageLoad.Answer> writes = outage.load.answers(request -> request.startsWith(WorkingUsers.ADDED));
            Set<String> committed = writes.stream().filter(answer -> answer.status() == 201)
                    .map(answer -> answer.request().substring(WorkingUsers.ADDED.length())).collect(Collectors.toSet());
            assertTrue(committed.size() > 5 && writes.stream().anyMatch(answer -> answer.status() == 503),
                    "books were added before and after the outage, and refused during it: " + writes.size() + " writes");
            Set<String> present = DatabaseRows.titlesPresent(outage.deployment.postgres, committed);
            assertEquals(committed, present, "every book the API said it added is in the database");
        };
    }

    /** The app's two lines once each; beside them a few of Liberty's for work in flight at the cut, each incident once. */
    Executable eachMemberLoggedTheOutageOnce() {
        return () -> {
            long refused = outage.load.answers(request -> true).stream().filter(answer -> answer.status() == 503).count();
            assertTrue(refused > 100, "many requests met the outage: " + refused);
            for (String member : outage.members()) {
                MemberLog log = outage.logs.get(member);
                List<String> lines = log.lines();
                assertEquals(1, lines.stream().filter(line -> line.contains(DOWN_LINE)).count(), member + ": " + lines);
                assertEquals(1, lines.stream().filter(line -> line.contains(BACK_LINE)).count(), member + ": " + lines);
                List<String> others = log.warningsAndErrors().stream().filter(line -> !line.contains(DOWN_LINE)).toList();
                assertTrue(others.size() <= 10, member + " logged more than work in flight explains: " + others);
                List<String> incidents = log.incidents();
                assertEquals(incidents.stream().distinct().count(), incidents.size(), member + " repeated an incident: " + incidents);
            }
        };
    }

    private List<PageLoad.Answer> during(List<PageLoad.Answer> answers) {
        return answers.stream().filter(answer -> answer.sentWithin(outage.stopped, outage.started)).toList();
    }
}
