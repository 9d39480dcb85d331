package dev.bookstore.clubs.boundary;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * This API method is about the organization named by the path parameter {@code organizationId}: it takes only a Logto
 * organization token for that very organization, carrying {@link #value()} in its scope when one is named.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresOrganizationToken {

    /** The organization permission the token must grant; empty: being a member is enough. */
    String value() default "";
}
