package dev.crosscheck.review.web;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * One browser's session: its cookie token, its CSRF token, and the editor signed in (null before sign-in)
 * with the credential they signed in with.
 * A flash message, and a problem (why an action was refused), each survive exactly one redirect.
 */
final class Session {

    private final String token;
    private final String csrf;
    private final String editor;
    private final String credential;
    private volatile Instant lastSeen;
    /** The two one-shot messages a page shows: what was done, and why an action was refused. */
    private enum Notice { DONE, PROBLEM }

    private final java.util.Map<Notice, String> notices = new java.util.EnumMap<>(Notice.class);

    Session(String token, String csrf, String editor, String credential, Instant now) {
        this.token = token;
        this.csrf = csrf;
        this.editor = editor;
        this.credential = credential;
        this.lastSeen = now;
    }

    String token() {
        return token;
    }

    String csrf() {
        return csrf;
    }

    String editor() {
        return editor;
    }

    /** The editor's credential at sign-in ({@code Editors.credential}); null before sign-in. */
    String credential() {
        return credential;
    }

    boolean signedIn() {
        return editor != null;
    }

    Instant lastSeen() {
        return lastSeen;
    }

    void seen(Instant now) {
        lastSeen = now;
    }

    /** Constant-time comparison, so the token cannot be guessed a character at a time. */
    boolean csrfMatches(String submitted) {
        return submitted != null && MessageDigest.isEqual(csrf.getBytes(StandardCharsets.UTF_8),
                submitted.getBytes(StandardCharsets.UTF_8));
    }

    synchronized void flash(String message) {
        notices.put(Notice.DONE, message);
    }

    synchronized String takeFlash() {
        return notices.remove(Notice.DONE);
    }

    /** Why an action was refused, for the page the refusal redirects to; like a flash, shown once. */
    synchronized void problem(String message) {
        notices.put(Notice.PROBLEM, message);
    }

    synchronized String takeProblem() {
        return notices.remove(Notice.PROBLEM);
    }
}
