package dev.bookstore.profile.control;

/** Userinfo answered for someone other than the ID token's subject: nothing of it may be used. */
public class UserinfoRefusedException extends Exception {

    public UserinfoRefusedException(String message) {
        super(message);
    }
}
