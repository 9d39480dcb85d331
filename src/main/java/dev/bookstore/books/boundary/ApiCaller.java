package dev.bookstore.books.boundary;

import jakarta.enterprise.context.RequestScoped;

/** Whose access token the API request carries: its {@code sub}, set by {@link BearerTokenFilter} or the club API's {@code OrganizationTokenFilter}. */
@RequestScoped
public class ApiCaller {

    private String subject;

    public void authenticated(String subject) {
        this.subject = subject;
    }

    public String subject() {
        if (subject == null) {
            throw new IllegalStateException("no access token was checked for this request");
        }
        return subject;
    }
}
