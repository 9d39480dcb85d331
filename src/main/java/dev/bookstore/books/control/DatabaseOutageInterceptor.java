package dev.bookstore.books.control;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Around every call of a {@link ReachesDatabase} bean: the database is reached first (a database that is down is a
 * {@link DatabaseUnavailableException} at once), and a failure of the call that is an outage (whatever JPA, the pool
 * or the driver wrapped it in) becomes one too, noted once. Outside {@code @Transactional}'s interceptor (a smaller
 * priority), so that a commit that fails is seen too.
 */
@ReachesDatabase
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class DatabaseOutageInterceptor {

    @Inject
    DatabaseAvailability availability;

    @AroundInvoke
    Object call(InvocationContext call) throws Exception {
        availability.reach();
        try {
            return call.proceed();
        } catch (RuntimeException failure) {
            if (failure instanceof DatabaseUnavailableException || !DatabaseFailure.isOutage(failure)) {
                throw failure;
            }
            availability.unreachable(failure);
            throw new DatabaseUnavailableException(failure);
        }
    }
}
