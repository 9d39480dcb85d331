package dev.bookstore.it;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The document's PostgreSQL stopped for a while and started again, while a reader signs in and reads pages, an API
 * client reads and adds books (all through the load balancer) and a probe asks each member whether it is ready.
 * What everyone saw is kept for {@link OutageVerdicts} to judge: the answers, when the database went and came back,
 * when both members were ready again, the members' JVMs and what their logs said since just before.
 */
final class DatabaseOutage {

    final DocDeployment deployment;
    final PageLoad load;
    final Instant stopped;
    final Instant started;
    /** When both members were ready again, if they were within a minute of the database's start. */
    final Optional<Instant> readyAgain;
    final Map<String, ProcessHandle> jvms;
    final Map<String, MemberLog> logs;

    private DatabaseOutage(DocDeployment deployment, PageLoad load, Instant stopped, Instant started,
                           Optional<Instant> readyAgain, Map<String, ProcessHandle> jvms, Map<String, MemberLog> logs) {
        this.deployment = deployment;
        this.load = load;
        this.stopped = stopped;
        this.started = started;
        this.readyAgain = readyAgain;
        this.jvms = jvms;
        this.logs = logs;
    }

    static OutageVerdicts underLoad(DocDeployment deployment, Duration length) throws Exception {
        String reader = DocMembers.apiToken("reader");
        String admin = DocMembers.apiToken("admin");
        Map<String, ProcessHandle> jvms = new LinkedHashMap<>();
        Map<String, MemberLog> logs = new LinkedHashMap<>();
        for (String member : DocDeployment.MEMBERS.keySet()) {
            jvms.put(member, deployment.jvm(member));
            logs.put(member, MemberLog.from(deployment.messages(member)));
        }
        PageLoad load = PageLoad.start(List.of(WorkingUsers.readerOnThePages(),
                WorkingUsers.apiClient(reader, admin, "Outage " + UUID.randomUUID().toString().substring(0, 8) + " "),
                WorkingUsers.readinessProbe()));
        Instant stopped;
        Instant started;
        Optional<Instant> readyAgain;
        try (load) {
            Thread.sleep(3000);
            deployment.postgres.stop();
            stopped = Instant.now();
            Thread.sleep(length.toMillis());
            // The outage ends when the database is asked to start: a request may reach it before start() returns.
            started = Instant.now();
            deployment.postgres.start();
            readyAgain = DocMembers.awaitReady(Duration.ofMinutes(1)).map(took -> Instant.now());
            Thread.sleep(3000);
        }
        DatabaseOutage outage = new DatabaseOutage(deployment, load, stopped, started, readyAgain, jvms, logs);
        outage.printSummary();
        return new OutageVerdicts(outage);
    }

    /** What each kind of request got before, during and after the outage: the record of a run. */
    private void printSummary() {
        Map<String, Map<String, Map<Integer, Long>>> byRequest = new TreeMap<>();
        for (PageLoad.Answer answer : load.answers(request -> true)) {
            String request = answer.request().startsWith(WorkingUsers.ADDED) ? WorkingUsers.ADDED.strip() : answer.request();
            byRequest.computeIfAbsent(request, any -> new LinkedHashMap<>())
                    .computeIfAbsent(phase(answer), any -> new TreeMap<>()).merge(answer.status(), 1L, Long::sum);
        }
        System.out.printf("Database outage: stopped %s, started %s (%d s), both members ready again %s%n", stopped, started,
                Duration.between(stopped, started).toSeconds(), readyAgain.map(ready -> Duration.between(started, ready)
                        .toMillis() + " ms after the start").orElse("NOT within a minute"));
        byRequest.forEach((request, phases) -> System.out.println("  " + request + ": " + phases));
    }

    private String phase(PageLoad.Answer answer) {
        if (answer.sent().isBefore(stopped)) {
            return "before";
        }
        if (answer.sent().isBefore(started)) {
            return "outage";
        }
        return readyAgain.filter(ready -> !answer.sent().isBefore(ready)).isPresent() ? "ready again" : "restarting";
    }

    List<String> members() {
        return List.copyOf(jvms.keySet());
    }

    static String describe(List<PageLoad.Answer> answers) {
        return answers.size() + " answers, the first ones:\n" + answers.stream().limit(3).map(String::valueOf)
                .map(text -> text.length() > 1500 ? text.substring(0, 1500) + "..." : text).collect(Collectors.joining("\n"));
    }
}
