package dev.crosscheck.review.db;

/** The review database could not be opened, migrated, read or written; the message says which and where. */
public final class ReviewDatabaseException extends RuntimeException {

    public ReviewDatabaseException(String message, Throwable cause) {
        super(cause == null || cause.getMessage() == null ? message : message + ": " + cause.getMessage(), cause);
    }

    public ReviewDatabaseException(String message) {
        super(message);
    }
}
