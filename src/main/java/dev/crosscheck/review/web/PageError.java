package dev.crosscheck.review.web;

/** A request that cannot be served; shown to the editor as a page with this status, title and message. */
final class PageError extends RuntimeException {

    private final int status;
    private final String title;

    PageError(int status, String title, String message) {
        super(message);
        this.status = status;
        this.title = title;
    }

    int status() {
        return status;
    }

    String title() {
        return title;
    }
}
