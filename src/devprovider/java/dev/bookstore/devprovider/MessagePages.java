package dev.bookstore.devprovider;

/** Plain pages for errors that must not be redirected and for a finished sign-out. */
final class MessagePages {

    private MessagePages() {
    }

    static Reply error(int status, String error, String description) {
        return Reply.html(status, Html.page("<h1 id=\"error-page\">Something went wrong</h1>"
                + "<p id=\"error-code\">" + Html.escape(error) + "</p>"
                + "<p id=\"error-message\">" + Html.escape(description) + "</p>"));
    }

    static Reply signedOut() {
        return Reply.html(200, Html.page("<h1 id=\"signed-out\">You are signed out</h1>"
                + "<p>You can close this window.</p>"));
    }
}
