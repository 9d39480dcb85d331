package dev.bookstore.bench;

/**
 * Two pages the benchmark adds to its copy of the WAR, to show where the signed-in page's cost comes from:
 * a static file served by the Bookstore itself (through its security and filters, no rendering), and the
 * smallest Faces page that shows who is signed in (one expression). Both are the empty app's page in size.
 */
final class ProbePages {

    static final String STATIC_FILE = "/bench-probe/static.html";
    static final String ONE_EXPRESSION = "/bench-probe/one-expression.xhtml";

    private ProbePages() {
    }

    static String staticFile() {
        return StaticApp.page();
    }

    /** A Facelets page naming the signed-in user, padded with plain text to the static page's size. */
    static String oneExpression() {
        String head = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"UTF-8\"/>"
                + "<title>One expression</title></head><body><main><h1>#{currentUser.user.displayName()}</h1>\n";
        StringBuilder page = new StringBuilder(head);
        for (int paragraph = 0; page.length() < StaticApp.page().length() - 40; paragraph++) {
            page.append("<p>Paragraph ").append(paragraph).append(": plain text that Facelets copies as it is.</p>\n");
        }
        return page.append("</main></body></html>\n").toString();
    }
}
