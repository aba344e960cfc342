package dev.crosscheck.review.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Slows password guessing: at most {@link #PER_ACCOUNT} sign-in attempts per editor name and
 * {@link #PER_ADDRESS} per client address within {@link #WINDOW}, not counting attempts that succeeded.
 * An attempt is counted when it starts, before the password is checked, so guesses sent in parallel are
 * refused at once instead of all running at the speed of bcrypt. A refused attempt checks no password,
 * so it tells nothing about whether the password was right.
 */
final class SignInThrottle {

    static final int PER_ACCOUNT = 5;
    static final int PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Names and addresses remembered at most; past this, those with no attempt in the window are forgotten. */
    private static final int MAX_KEYS = 10_000;

    /** Why an attempt may not go ahead, and when the next one may. */
    record Refusal(String message, Duration retryAfter) {
    }

    private final Clock clock;
    private final Map<String, Deque<Instant>> accounts = new HashMap<>();
    private final Map<String, Deque<Instant>> addresses = new HashMap<>();

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Counts an attempt about to check a password; empty when it may go ahead, else the refusal. */
    synchronized Optional<Refusal> begin(String account, String address) {
        Instant now = clock.instant();
        Deque<Instant> byAccount = attempts(accounts, accountKey(account), now);
        Deque<Instant> byAddress = attempts(addresses, address, now);
        if (byAccount.size() >= PER_ACCOUNT) {
            return Optional.of(refusal("for this editor name", byAccount, now));
        }
        if (byAddress.size() >= PER_ADDRESS) {
            return Optional.of(refusal("from your address", byAddress, now));
        }
        byAccount.addLast(now);
        byAddress.addLast(now);
        return Optional.empty();
    }

    /**
     * The password was right: the account's count starts again. The address keeps its count but for this
     * attempt, so one good account does not reset the guesses made from there at others.
     */
    synchronized void succeeded(String account, String address) {
        accounts.remove(accountKey(account));
        Deque<Instant> byAddress = addresses.get(address);
        if (byAddress != null) {
            byAddress.pollLast();
        }
    }

    private Deque<Instant> attempts(Map<String, Deque<Instant>> map, String key, Instant now) {
        if (map.size() >= MAX_KEYS && !map.containsKey(key)) {
            map.values().removeIf(d -> {
                expire(d, now);
                return d.isEmpty();
            });
        }
        Deque<Instant> d = map.computeIfAbsent(key, k -> new ArrayDeque<>());
        expire(d, now);
        return d;
    }

    private static void expire(Deque<Instant> attempts, Instant now) {
        while (!attempts.isEmpty() && !attempts.peekFirst().plus(WINDOW).isAfter(now)) {
            attempts.pollFirst();
        }
    }

    private static Refusal refusal(String where, Deque<Instant> attempts, Instant now) {
        Duration wait = Duration.between(now, attempts.peekFirst().plus(WINDOW));
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return new Refusal(String.format(Locale.ROOT, "Too many failed sign-ins %s. Try again in %d minute%s.",
                where, minutes, minutes == 1 ? "" : "s"), wait);
    }

    /** Names are compared as editors type them, ignoring case and surrounding space; very long ones are cut. */
    private static String accountKey(String account) {
        String key = account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
        return key.length() > 64 ? key.substring(0, 64) : key;
    }
}
