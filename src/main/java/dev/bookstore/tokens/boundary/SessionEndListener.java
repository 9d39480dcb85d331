package dev.bookstore.tokens.boundary;

import dev.bookstore.tokens.control.AccessTokens;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;

/** Keeps the per-session refresh locks from outliving their sessions. */
@WebListener
public class SessionEndListener implements HttpSessionListener, HttpSessionIdListener {

    @Inject
    AccessTokens accessTokens;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        accessTokens.sessionEnded(event.getSession().getId());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        accessTokens.sessionEnded(oldSessionId);
    }
}
