package dev.bookstore.books.control;

import dev.bookstore.logto.entity.LogtoUserDeleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * What the Bookstore keeps of one user, and its erasure: every shelf entry, and their id on the books they added
 * (which stay in the catalog) and put on club shelves (which stay on them). At the user's request (profile page), or when Logto deletes the user (webhook).
 */
@ApplicationScoped
public class UserData {

    private static final Logger LOG = Logger.getLogger(UserData.class.getName());

    @Inject
    Shelves shelves;

    @Inject
    Catalog catalog;

    @Inject
    ClubShelves clubShelves;

    /** The log line says how much went, never whose. */
    public void erase(String subject, String because) {
        int entries = shelves.eraseAll(subject);
        int books = catalog.forgetAdder(subject);
        int clubBooks = clubShelves.forget(subject);
        LOG.info(() -> "Erased a user's Bookstore data (" + because + "): " + entries + " shelf entries, their id on "
                + books + " books and " + clubBooks + " club shelf entries");
    }

    void deletedInLogto(@Observes LogtoUserDeleted deleted) {
        erase(deleted.subject(), "Logto deleted the user");
    }
}
