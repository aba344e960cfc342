package dev.crosscheck.review.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side sessions behind an HttpOnly, SameSite=Lax cookie holding a random token. Lax rather than
 * Strict so a link to a conflict (from the nightly mail) opens signed in; state changes are guarded by the
 * CSRF token anyway. Every browser gets a session on its first request, so even the sign-in form carries
 * a CSRF token; signing in replaces the session (new token, new CSRF token) against session fixation.
 */
final class Sessions {

    static final String COOKIE = "cc_session";
    private static final Duration IDLE_LIMIT = Duration.ofHours(12);
    private static final int MAX_SESSIONS = 10_000;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final boolean secureCookie;

    Sessions(boolean secureCookie) {
        this.secureCookie = secureCookie;
    }

    /** The request's session, made (and its cookie set) when there is none or it has expired. */
    Session current(Context ctx) {
        Instant now = Instant.now();
        String token = ctx.cookie(COOKIE);
        Session session = token == null ? null : sessions.get(token);
        if (session != null && session.lastSeen().plus(IDLE_LIMIT).isAfter(now)) {
            session.seen(now);
            return session;
        }
        if (session != null) {
            sessions.remove(token);
        }
        return start(ctx, null, null);
    }

    /** Replaces the request's session with a signed-in one. */
    Session signIn(Context ctx, Session old, String editor, String credential) {
        sessions.remove(old.token());
        return start(ctx, editor, credential);
    }

    /** Ends the session; the browser gets a fresh anonymous one. */
    Session signOut(Context ctx, Session old) {
        sessions.remove(old.token());
        return start(ctx, null, null);
    }

    private Session start(Context ctx, String editor, String credential) {
        Instant now = Instant.now();
        if (sessions.size() >= MAX_SESSIONS) {
            evict(now);
        }
        Session session = new Session(randomToken(), randomToken(), editor, credential, now);
        sessions.put(session.token(), session);
        Cookie cookie = new Cookie(COOKIE, session.token(), "/", -1, secureCookie, 0, true, null, null, SameSite.LAX);
        ctx.cookie(cookie);
        return session;
    }

    /** Drops expired sessions, then the least recently used, so a flood of new browsers cannot fill memory. */
    private void evict(Instant now) {
        sessions.values().removeIf(s -> !s.lastSeen().plus(IDLE_LIMIT).isAfter(now));
        sessions.values().stream()
                .sorted(Comparator.comparing(Session::lastSeen))
                .limit(Math.max(0, sessions.size() - MAX_SESSIONS + MAX_SESSIONS / 10))
                .toList()
                .forEach(s -> sessions.remove(s.token()));
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
