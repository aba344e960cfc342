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
    private String flash;
    private String problem;

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
        flash = message;
    }

    synchronized String takeFlash() {
        String message = flash;
        flash = null;
        return message;
    }

    /** Why an action was refused, for the page the refusal redirects to; like a flash, shown once. */
    synchronized void problem(String message) {
        problem = message;
    }

    synchronized String takeProblem() {
        String message = problem;
        problem = null;
        return message;
    }
}
