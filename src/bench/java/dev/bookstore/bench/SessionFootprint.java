package dev.bookstore.bench;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.http.HttpClient;
import java.util.Map;
import java.time.Duration;
import java.util.List;

/**
 * What a signed-in session weighs. Serialized: the Kakao user's session as the probe in the server sees it,
 * right after sign-in, then once its pages have fetched an API token and an organization token and the
 * user chose Korean (the fullest session a Kakao user has). In the heap: growth of the server's heap in
 * use across {@link #SESSIONS} more signed-in sessions, and the classes that grew most.
 *
 * @param afterSignIn the session's attributes right after sign-in
 * @param fullest     the same once the shelf, the organizations page and the language choice added theirs
 */
record SessionFootprint(List<SessionAttribute> afterSignIn, List<SessionAttribute> fullest, long heapBefore, long heapAfter,
                        long sessionsAdded, LoadResult signIns, List<HeapGrowth> largestGrowth) {

    static final int SESSIONS = 1_000;

    static SessionFootprint measure(BenchSettings settings, HttpClient client, LibertyServer server) throws Exception {
        SignInFlow flow = new SignInFlow(settings);
        Browser kakao = new Browser(client);
        flow.signIn(kakao);
        List<SessionAttribute> afterSignIn = probe(kakao, settings);
        SignInFlow.expect(200, kakao.get(settings.app("/shelf")));
        SignInFlow.expect(200, kakao.get(settings.app("/organizations")));
        SignInFlow.expect(302, kakao.get(settings.app("/language?lang=ko&returnTo=%2F")));
        List<SessionAttribute> fullest = probe(kakao, settings);

        long heapBefore = server.heapUsedAfterGc();
        Map<String, long[]> classesBefore = server.classHistogram();
        LoadResult signIns = new LoadPoint("sessions", 8, Duration.ZERO, Duration.ofMinutes(3), SESSIONS)
                .run(user -> () -> flow.signIn(new Browser(client)));
        long heapAfter = server.heapUsedAfterGc();
        List<HeapGrowth> growth = HeapGrowth.between(classesBefore, server.classHistogram(), signIns.completed(), 15);
        return new SessionFootprint(afterSignIn, fullest, heapBefore, heapAfter, signIns.completed(), signIns, growth);
    }

    long fullestBytes() {
        return total(fullest);
    }

    long afterSignInBytes() {
        return total(afterSignIn);
    }

    long heapGrowthPerThousand() {
        return (heapAfter - heapBefore) * 1000 / Math.max(sessionsAdded, 1);
    }

    /** Attributes that Java serialization refuses: a session store that replicates them would fail. */
    List<SessionAttribute> notSerializable() {
        return fullest.stream().filter(attribute -> !attribute.serializable()).toList();
    }

    private static long total(List<SessionAttribute> attributes) {
        return attributes.stream().filter(SessionAttribute::serializable).mapToLong(SessionAttribute::bytes).sum();
    }

    @SuppressWarnings("unchecked")
    private static List<SessionAttribute> probe(Browser browser, BenchSettings settings) throws Exception {
        String json = SignInFlow.expect(200, browser.get(settings.app("/bench-probe/session"))).body();
        return JSONObjectUtils.parse(json).entrySet().stream()
                .map(entry -> SessionAttribute.of(entry.getKey(), (Map<String, Object>) entry.getValue())).toList();
    }
}
