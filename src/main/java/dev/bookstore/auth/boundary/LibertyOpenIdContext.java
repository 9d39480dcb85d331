package dev.bookstore.auth.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;

/**
 * Liberty workaround. Liberty's mechanism fills the injectable {@link OpenIdContext}, a session-scoped bean that does
 * not serialize ({@code JwtClaims.NONE}) and that puts into the session an index of CDI beans that differs between
 * cluster members: a session store would fail to write the whole session, and no other member could read it. The app
 * keeps what it needs itself (the relay hands the callback Logto's tokens), so the bean leaves the session as soon as
 * the mechanism has made it. Test: {@code ClusterIT}. Upstream report drafted in
 * docs/upstream/oidc-openidcontext-not-serializable.md.
 */
@ApplicationScoped
public class LibertyOpenIdContext {

    @Inject
    Instance<OpenIdContext> sessionOpenIdContext;

    void forget() {
        OpenIdContext sessionBean = sessionOpenIdContext.get();
        sessionOpenIdContext.destroy(sessionBean);
    }
}
