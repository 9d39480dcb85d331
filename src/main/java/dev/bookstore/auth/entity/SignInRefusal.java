package dev.bookstore.auth.entity;

/** Why the app refused a callback: which page the user gets, and the reason (for the log). */
public record SignInRefusal(SignInProblem problem, String reason) {
}
