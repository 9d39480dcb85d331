package dev.bookstore.auth.boundary;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@link HttpMessageContext} Jakarta Security hands a mechanism: for a public or a protected page, or a request
 * the app itself started with {@code SecurityContext.authenticate} (an authentication request).
 */
enum MechanismCall {
    PUBLIC_PAGE(false, false),
    PROTECTED_PAGE(true, false),
    AUTHENTICATION_REQUEST(false, true);

    private final boolean protectedPage;
    private final boolean authenticationRequest;

    MechanismCall(boolean protectedPage, boolean authenticationRequest) {
        this.protectedPage = protectedPage;
        this.authenticationRequest = authenticationRequest;
    }

    HttpMessageContext context() {
        return context(new RecordedResponse().response(), new ArrayList<>());
    }

    /** On {@code response}; each caller the container is told of is noted in {@code containerTold} ("subject [roles]"). */
    HttpMessageContext context(HttpServletResponse response, List<String> containerTold) {
        return (HttpMessageContext) Proxy.newProxyInstance(MechanismCall.class.getClassLoader(),
                new Class<?>[] {HttpMessageContext.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "isProtected" -> protectedPage;
                    case "isAuthenticationRequest" -> authenticationRequest;
                    case "getResponse" -> response;
                    case "doNothing" -> AuthenticationStatus.NOT_DONE;
                    case "notifyContainerAboutLogin" -> {
                        if (arguments.length != 2 || !(arguments[1] instanceof Set<?> groups)) {
                            throw new UnsupportedOperationException("notifyContainerAboutLogin" + List.of(arguments));
                        }
                        containerTold.add(arguments[0] + " " + new TreeSet<>(groups));
                        yield AuthenticationStatus.SUCCESS;
                    }
                    case "toString" -> name();
                    default -> throw new UnsupportedOperationException("HttpMessageContext." + method.getName());
                });
    }
}
