package dev.bookstore.auth.control;

import dev.bookstore.logto.control.LogtoBeans;
import dev.bookstore.logto.control.LogtoJwtVerifier;
import dev.bookstore.logto.control.LogtoKeys;
import java.lang.reflect.Field;

/**
 * Logto's JWT verifier and its key set, wired by hand as CDI would wire them, on the beans of {@link LogtoBeans}. Their
 * injected fields are package-private to dev.bookstore.logto.control, which LogtoBeans (that package's helper) does
 * not offer yet; so they are set by name here, in this one place.
 */
final class HandWiredVerifier {

    private HandWiredVerifier() {
    }

    static LogtoJwtVerifier of(LogtoBeans beans) {
        LogtoKeys keys = new LogtoKeys();
        inject(keys, "endpoints", beans.endpoints());
        inject(keys, "http", beans.http());
        LogtoJwtVerifier verifier = new LogtoJwtVerifier();
        inject(verifier, "configuration", beans.configuration());
        inject(verifier, "keys", keys);
        return verifier;
    }

    /** {@code IdTokenCheck} as the relay gets it. */
    static IdTokenCheck idTokenCheck(LogtoBeans beans) {
        IdTokenCheck check = new IdTokenCheck();
        check.verifier = of(beans);
        return check;
    }

    private static void inject(Object bean, String field, Object value) {
        try {
            Field injected = bean.getClass().getDeclaredField(field);
            if (!injected.getType().isInstance(value)) {
                throw new IllegalStateException(bean.getClass().getSimpleName() + "." + field + " is no " + value.getClass());
            }
            injected.setAccessible(true);
            injected.set(bean, value);
        } catch (ReflectiveOperationException renamed) {
            throw new IllegalStateException(bean.getClass().getSimpleName() + " has no field " + field + " to inject", renamed);
        }
    }
}
