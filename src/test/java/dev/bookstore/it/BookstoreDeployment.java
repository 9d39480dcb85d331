package dev.bookstore.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR exactly as the build packaged it, so the tests exercise what ships. */
final class BookstoreDeployment {

    private BookstoreDeployment() {
    }

    static WebArchive packagedWar() {
        return ShrinkWrap.create(ZipImporter.class, "bookstore.war").importFrom(ItSettings.WAR.toFile()).as(WebArchive.class);
    }

    /**
     * Adds a settings file that outranks the environment (give it {@code config_ordinal=500}), in a library
     * of its own so that the app's own defaults stay in place.
     */
    static WebArchive withSettings(WebArchive war, String properties) {
        return war.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "test-settings.jar")
                .addAsManifestResource(new StringAsset(properties), "microprofile-config.properties"));
    }
}
