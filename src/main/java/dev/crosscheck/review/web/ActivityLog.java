package dev.crosscheck.review.web;

import io.javalin.http.Context;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The review app's log: one line per request (method, path, status, editor, time, address), one per sign-in
 * and per editor's action, and errors with their stack traces. Never a password, a cookie, a token or a form
 * body; values that come from the client are logged with control characters escaped, so a crafted path
 * cannot forge a log line.
 */
final class ActivityLog {

    static final String NAME = "dev.crosscheck.review";
    private static final Logger LOG = LoggerFactory.getLogger(NAME);

    private ActivityLog() {
    }

    static void request(Context ctx, float millis) {
        LOG.info(String.format(Locale.ROOT, "%s %s %d %s %.0f ms from %s", ctx.method(), clean(ctx.path()),
                ctx.statusCode(), editor(ctx), millis, clean(ctx.ip())));
    }

    static void signedIn(String editor, String address) {
        LOG.info("sign-in: {} from {}", clean(editor), clean(address));
    }

    static void signInRefused(String name, String address, String why) {
        LOG.warn("sign-in refused: {} from {}: {}", clean(name), clean(address), why);
    }

    static void signedOut(String editor) {
        LOG.info("sign-out: {}", clean(editor));
    }

    static void sessionEnded(String editor, String why) {
        LOG.info("session of {} ended: {}", clean(editor), why);
    }

    static void acted(String editor, String action, String conflictId) {
        LOG.info("action: {} {} {}", clean(editor), action, clean(conflictId));
    }

    static void refused(Context ctx, int status, String why) {
        LOG.warn("refused {} {} with {}: {}", ctx.method(), clean(ctx.path()), status, why);
    }

    static void failed(Context ctx, String reference, Throwable e) {
        LOG.error("error " + reference + " on " + ctx.method() + " " + clean(ctx.path()) + " for " + editor(ctx), e);
    }

    private static String editor(Context ctx) {
        Session s = ctx.attribute(Pages.SESSION);
        return s == null || !s.signedIn() ? "-" : clean(s.editor());
    }

    /** Client-supplied text for a log line: control characters (CR, LF, ESC, bidi overrides...) as \\uXXXX. */
    static String clean(String value) {
        if (value == null) {
            return "-";
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), 300));
        value.codePoints().limit(300).forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                out.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
