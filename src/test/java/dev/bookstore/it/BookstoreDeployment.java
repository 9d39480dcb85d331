package dev.bookstore.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR exactly as the build packaged it, so the tests exercise what ships. */
final class BookstoreDeployment {

    private BookstoreDeployment() {
    }

    static WebArchive packagedWar() {
        return ShrinkWrap.create(ZipImporter.class, "bookstore.war").importFrom(ItSettings.WAR.toFile()).as(WebArchive.class);
    }
}
