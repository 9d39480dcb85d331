package dev.bookstore.logto.entity;

/** A CDI event: Logto deleted this user ({@code sub}); what the app keeps of them goes too. */
public record LogtoUserDeleted(String subject) {
}
