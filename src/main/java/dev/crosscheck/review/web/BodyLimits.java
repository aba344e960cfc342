package dev.crosscheck.review.web;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * Runs first, before anything reads a request body (the CSRF check reads the form): the app's only bodies
 * are small url-encoded forms, so anything else is refused from the headers alone, unread. A body must
 * declare its length (no chunked uploads of unknown size), be at most {@link #MAX_BYTES}, and be a
 * url-encoded form; a multipart upload is never parsed or spooled to disk. The refusal closes the
 * connection, so the server does not read the rest of a large body either.
 */
final class BodyLimits {

    /** Far above any form of the app (a comment is the longest field), far below anything that costs. */
    static final int MAX_BYTES = 64 * 1024;
    private static final String FORM = "application/x-www-form-urlencoded";

    private BodyLimits() {
    }

    static void check(Context ctx) {
        long length = ctx.req().getContentLengthLong();
        boolean chunked = ctx.header("Transfer-Encoding") != null;
        if (length <= 0 && !chunked) {
            return;
        }
        if (chunked || length < 0) {
            throw refuse(ctx, 411, "Length required", "A request body must say its length (Content-Length).");
        }
        if (length > MAX_BYTES) {
            throw refuse(ctx, 413, "Request too large", "This app takes forms of at most " + MAX_BYTES / 1024
                    + " KB; this request declared " + length + " bytes.");
        }
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!(type.equals(FORM) || type.startsWith(FORM + ";"))) {
            throw refuse(ctx, 415, "Unsupported form", "This app takes only url-encoded forms ("
                    + FORM + "), not uploads.");
        }
    }

    private static PageError refuse(Context ctx, int status, String title, String message) {
        ctx.header("Connection", "close");
        ActivityLog.refused(ctx, status, title);
        return new PageError(status, title, message);
    }
}
