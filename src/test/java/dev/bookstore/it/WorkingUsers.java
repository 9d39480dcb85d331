package dev.bookstore.it;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The users of the database outage test, all through the load balancer but the probe: a reader on the pages
 * (signing in anew every few rounds), an API client reading the catalog and adding books, and a readiness probe on
 * each member, as a load balancer's health check or Kubernetes would ask.
 */
final class WorkingUsers {

    static final String ADDED = "POST /api/books ";
    private static final String LB = DocDeployment.LOAD_BALANCER;

    private WorkingUsers() {
    }

    static PageLoad.User readerOnThePages() {
        return new PageLoad.User() {
            private Browserless browser;
            private int rounds;

            @Override
            public void round(PageLoad load) {
                if (rounds++ % 4 == 0) {
                    browser = new Browserless();
                    load.ask("sign-in", () -> DocMembers.signIn(browser, "reader"));
                }
                load.ask("GET /", () -> browser.get(LB + "/"));
                load.ask("GET /profile", () -> browser.get(LB + "/profile"));
                load.ask("GET /shelf", () -> browser.get(LB + "/shelf"));
            }

            @Override
            public String toString() {
                return "the reader on the pages";
            }
        };
    }

    /** Each book it adds has a title of its own, named in the request ({@link #ADDED} + title). */
    static PageLoad.User apiClient(String readerToken, String adminToken, String titlePrefix) {
        AtomicInteger books = new AtomicInteger();
        Browserless client = new Browserless();
        return new PageLoad.User() {
            @Override
            public void round(PageLoad load) {
                load.ask("GET /api/books", () -> client.getWith(LB + "/api/books", "Authorization", readerToken));
                load.ask("GET /api/shelf", () -> client.getWith(LB + "/api/shelf", "Authorization", readerToken));
                String title = titlePrefix + books.incrementAndGet();
                load.ask(ADDED + title, () -> client.postJson(LB + "/api/books",
                        "{\"title\":\"" + title + "\",\"author\":\"A. Outage\"}", "Authorization", adminToken));
            }

            @Override
            public String toString() {
                return "the API client";
            }
        };
    }

    static PageLoad.User readinessProbe() {
        Browserless probe = new Browserless();
        return new PageLoad.User() {
            @Override
            public void round(PageLoad load) {
                DocDeployment.MEMBERS.keySet().forEach(member ->
                        load.ask("ready " + member, () -> probe.get(DocMembers.url(member, "/health/ready"))));
            }

            @Override
            public String toString() {
                return "the readiness probe";
            }
        };
    }
}
