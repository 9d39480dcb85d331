package dev.bookstore.devprovider;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Several browsers signing in at once each get their own session and tokens. */
class LocalLogtoConcurrencyTest {

    private static final int SIGN_INS = 24;

    @RegisterExtension
    final LocalLogtoHarness harness = new LocalLogtoHarness();

    @Test
    void parallelSignInsAreIndependent() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> accessTokens = new ArrayList<>();
            for (int i = 0; i < SIGN_INS; i++) {
                String user = List.of("reader", "kakao", "admin").get(i % 3);
                accessTokens.add(clients.submit(() -> (String) harness.redeem(
                        harness.signIn(user, Map.of("scope", "openid")).code(), null).get("access_token")));
            }
            Set<String> distinct = new HashSet<>();
            for (Future<String> token : accessTokens) {
                distinct.add(token.get());
            }
            assertEquals(SIGN_INS, distinct.size());
            assertEquals(SIGN_INS, harness.provider().activeSessionCount());
            assertEquals(SIGN_INS, harness.provider().requests("/oidc/token").size());
            assertEquals(SIGN_INS * 3, harness.provider().requests().size());
        } finally {
            clients.shutdownNow();
        }
    }
}
