package dev.bookstore.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the ITs that test the packaged WAR as a client would, on the shared managed Liberty, against the
 * local Logto (whose faults and test settings are reset after each test).
 */
@ExtendWith({ArquillianExtension.class, LocalLogtoExtension.class})
@RunAsClient
abstract class BookstoreIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return BookstoreDeployment.packagedWar();
    }
}
