package dev.bookstore.clubs.boundary;

import dev.bookstore.books.control.Catalog;
import dev.bookstore.books.control.ClubShelves;
import dev.bookstore.books.control.DatabaseUnavailableException;
import dev.bookstore.books.entity.Book;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.Supplier;

/**
 * A book club's shelf page ({@code /club?organization=<id>}). What the reader may do there is what Logto's
 * organization token for that club grants ({@link ClubMembership}): reading as a member, adding and taking off with
 * {@value ClubShelfResource#MANAGE}. The shelf is read in-process, not through the club API: the same token's grant
 * decides, without a loopback call (docs/ARCHITECTURE.md, "Pages and the API").
 */
@Named
@RequestScoped
public class ClubShelfView {

    @Inject
    ClubMembership membership;

    @Inject
    ClubShelves shelves;

    @Inject
    Catalog catalog;

    private List<Book> books;
    private List<Book> catalogBooks;
    private boolean unavailable;

    /** Before the page is written, so that its status can still say what went wrong. */
    public void load() {
        if (membership.isMember()) {
            getBooks();
        }
    }

    public ClubMembership getMembership() {
        return membership;
    }

    public List<Book> getBooks() {
        if (books == null) {
            List<Book> read = membership.isMember() ? reach(() -> shelves.of(membership.organizationId())) : null;
            books = read == null ? List.of() : read;
        }
        return books;
    }

    /** For an organizer: the catalog's books not yet on the club's shelf. */
    public List<Book> getAddable() {
        if (catalogBooks == null) {
            List<String> shelved = getBooks().stream().map(Book::id).toList();
            List<Book> read = membership.canManage()
                    ? reach(() -> catalog.all().stream().filter(book -> !shelved.contains(book.id())).toList()) : null;
            catalogBooks = read == null ? List.of() : read;
        }
        return catalogBooks;
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    public String put(String bookId) {
        return change(() -> shelves.put(membership.organizationId(), bookId, membership.subject()));
    }

    public String takeOff(String bookId) {
        return change(() -> {
            shelves.takeOff(membership.organizationId(), bookId);
            return true;
        });
    }

    /** Only with the permission, asked of Logto again now; then a redirect, so that a reload sends nothing twice. */
    private String change(Supplier<Boolean> work) {
        if (!membership.canManageNow()) {
            membership.refuse("club.notAllowed", 403);
            return null;
        }
        Boolean done = reach(work);
        return Boolean.TRUE.equals(done) ? "/club.xhtml?faces-redirect=true&organization=" + membership.organizationId() : null;
    }

    private <T> T reach(Supplier<T> work) {
        try {
            return work.get();
        } catch (DatabaseUnavailableException down) {
            unavailable = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(503);
            return null;
        }
    }
}
