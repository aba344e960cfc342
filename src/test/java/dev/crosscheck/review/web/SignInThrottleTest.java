package dev.crosscheck.review.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Attempts per editor name and per address within a window; the right password resets only the name's count. */
class SignInThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void aNameIsRefusedAfterFiveAttemptsUntilTheOldestLeavesTheWindow() {
        for (int i = 0; i < SignInThrottle.PER_ACCOUNT; i++) {
            assertTrue(throttle.begin("alice", "10.0.0." + i).isEmpty());
            clock.advance(Duration.ofMinutes(1));
        }
        var refused = throttle.begin("Alice ", "10.0.0.99");
        assertTrue(refused.isPresent(), "the name is compared without case and spaces");
        assertEquals("Too many failed sign-ins for this editor name. Try again in 10 minutes.", refused.get().message());
        clock.advance(Duration.ofMinutes(10));
        assertTrue(throttle.begin("alice", "10.0.0.99").isEmpty(), "the first attempt left the window");
    }

    @Test
    void anAddressIsRefusedAfterTwentyAttemptsAtAnyNames() {
        for (int i = 0; i < SignInThrottle.PER_ADDRESS; i++) {
            assertTrue(throttle.begin("name-" + i, "10.0.0.1").isEmpty());
        }
        assertTrue(throttle.begin("someone-else", "10.0.0.1").orElseThrow().message().contains("from your address"));
        assertTrue(throttle.begin("someone-else", "10.0.0.2").isEmpty(), "another address is not refused");
    }

    @Test
    void theRightPasswordResetsTheNameButNotTheAddress() {
        for (int i = 0; i < SignInThrottle.PER_ACCOUNT - 1; i++) {
            throttle.begin("alice", "10.0.0.1");
        }
        throttle.begin("alice", "10.0.0.1");
        throttle.succeeded("alice", "10.0.0.1");
        for (int i = 0; i < SignInThrottle.PER_ACCOUNT; i++) {
            assertTrue(throttle.begin("alice", "10.0.0.1").isEmpty(), "attempt " + i);
        }
        for (int i = 0; i < SignInThrottle.PER_ADDRESS - 2 * SignInThrottle.PER_ACCOUNT + 1; i++) {
            assertTrue(throttle.begin("other-" + i, "10.0.0.1").isEmpty(), "attempt " + i);
        }
        assertTrue(throttle.begin("another", "10.0.0.1").isPresent(), "the address kept every failed attempt");
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-24T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
