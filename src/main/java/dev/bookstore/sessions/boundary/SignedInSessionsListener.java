package dev.bookstore.sessions.boundary;

import dev.bookstore.sessions.control.SignedInSessions;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;

/** Forgets a signed-in session once it has ended (sign-out, idle timeout, back-channel logout); follows its id. */
@WebListener
public class SignedInSessionsListener implements HttpSessionListener, HttpSessionIdListener {

    @Inject
    SignedInSessions sessions;

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        sessions.renamed(oldSessionId, event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.ended(event.getSession().getId());
    }
}
