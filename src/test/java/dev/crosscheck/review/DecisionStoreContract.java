package dev.crosscheck.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.review.db.AuditEntry;
import dev.crosscheck.review.db.ConflictLabel;
import dev.crosscheck.review.db.ConflictState;
import dev.crosscheck.review.db.Database;
import dev.crosscheck.review.db.Decision;
import dev.crosscheck.review.db.DecisionStore;
import dev.crosscheck.review.db.Editors;
import dev.crosscheck.review.db.StaleDecisionException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decision store and the {@link Decisions} API on a real database; subclasses choose which. */
abstract class DecisionStoreContract {

    static final ConflictLabel LABEL = new ConflictLabel("Same group, different counts", "COUNT", "MEDIUM");

    @TempDir
    Path tmp;

    TestDatabase database;

    abstract TestDatabase newDatabase(Path dir);

    @BeforeEach
    void openDatabase() {
        database = newDatabase(tmp);
    }

    @AfterEach
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    DecisionStore store() {
        return new DecisionStore(Database.open(database.url()));
    }

    static Decision decide(String id, String editor, Action action, int version) {
        return new Decision(id, editor, action, version, action == Action.DISMISS ? DismissReason.SAME_FACT : null,
                null, null, LABEL);
    }

    @Test
    void anUntouchedConflictIsOpenAtVersionZero() {
        ConflictState s = store().state("cc-1");
        assertEquals(Status.OPEN, s.status());
        assertEquals(0, s.version());
        assertFalse(s.touched());
    }

    @Test
    void decisionsAndTheirHistorySurviveReopeningTheDatabase() throws Exception {
        DecisionStore first = store();
        first.apply(decide("cc-1", "alice", Action.CONFIRM, 0));
        first.apply(new Decision("cc-2", "bob", Action.DISMISS, 0, DismissReason.EXTRACTION_ERROR, null,
                "the quote is cut", LABEL));
        first.apply(new Decision("cc-2", "alice", Action.COMMENT, 1, null, null, "agreed", null));

        DecisionStore reopened = store();
        ConflictState one = reopened.state("cc-1");
        assertEquals(Status.CONFIRMED, one.status());
        assertEquals("alice", one.updatedBy());
        assertEquals(1, one.version());
        assertEquals(LABEL, one.label());
        ConflictState two = reopened.state("cc-2");
        assertEquals(Status.DISMISSED, two.status());
        assertEquals(DismissReason.EXTRACTION_ERROR, two.reason());
        assertEquals(1, two.version(), "a comment does not change the state");

        List<AuditEntry> history = reopened.history("cc-2");
        assertEquals(2, history.size());
        assertEquals(Action.DISMISS, history.get(0).action());
        assertEquals(Status.OPEN, history.get(0).previousStatus());
        assertEquals(Status.DISMISSED, history.get(0).status());
        assertEquals("the quote is cut", history.get(0).note());
        assertEquals("bob", history.get(0).editor());
        assertEquals(Action.COMMENT, history.get(1).action());
        assertEquals("alice", history.get(1).editor());
        assertTrue(history.get(0).at().compareTo(history.get(1).at()) <= 0);
    }

    @Test
    void aDecisionOnAStaleVersionIsRefusedAndOverwritesNothing() throws Exception {
        DecisionStore store = store();
        store.apply(decide("cc-1", "alice", Action.CONFIRM, 0));
        StaleDecisionException stale = assertThrows(StaleDecisionException.class,
                () -> store.apply(decide("cc-1", "bob", Action.DISMISS, 0)));
        assertEquals("someone else changed this conflict since you opened it (now: confirmed by alice)",
                stale.getMessage());
        ConflictState s = store.state("cc-1");
        assertEquals(Status.CONFIRMED, s.status());
        assertNull(s.reason());
        assertEquals(1, store.history("cc-1").size());

        store.apply(decide("cc-1", "bob", Action.FOLLOW_UP, 1));
        assertEquals(Status.FOLLOW_UP, store.state("cc-1").status());
        assertEquals(Status.CONFIRMED, store.history("cc-1").get(1).previousStatus());
    }

    @Test
    void assigningIsVersionedAndNamedInTheStaleMessage() throws Exception {
        DecisionStore store = store();
        store.apply(new Decision("cc-1", "alice", Action.ASSIGN, 0, null, "carol", null, LABEL));
        assertEquals("carol", store.state("cc-1").assignee());
        StaleDecisionException stale = assertThrows(StaleDecisionException.class,
                () -> store.apply(new Decision("cc-1", "bob", Action.ASSIGN, 0, null, "dave", null, LABEL)));
        assertTrue(stale.getMessage().contains("(now: open, assigned to carol by alice)"), stale.getMessage());
        assertEquals("carol", store.state("cc-1").assignee());
    }

    @Test
    void ofManyEditorsActingAtOnceOnTheSameVersionExactlyOneWins() throws Exception {
        DecisionStore store = store();
        int editors = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < editors; i++) {
                Action action = i % 2 == 0 ? Action.CONFIRM : Action.DISMISS;
                String editor = "editor" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        store.apply(decide("cc-race", editor, action, 0));
                        return true;
                    } catch (StaleDecisionException e) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> r : results) {
                won += r.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(1, won, "exactly one of the simultaneous decisions may be written");
        } finally {
            pool.shutdownNow();
        }
        List<AuditEntry> history = store.history("cc-race");
        assertEquals(1, history.size());
        ConflictState s = store.state("cc-race");
        assertEquals(1, s.version());
        assertEquals(history.get(0).editor(), s.updatedBy());
        assertEquals(history.get(0).status(), s.status());
    }

    @Test
    void theReadApiGivesEachConflictItsStatusAndOpenForUntouchedOnes() throws Exception {
        DecisionStore store = store();
        store.apply(decide("cc-a", "alice", Action.CONFIRM, 0));
        store.apply(decide("cc-b", "alice", Action.DISMISS, 0));
        store.apply(decide("cc-c", "alice", Action.FOLLOW_UP, 0));
        try (Decisions decisions = Decisions.open(database.url())) {
            Map<String, String> status = decisions.statusOf(List.of("cc-c", "cc-a", "cc-new", "cc-b"));
            assertEquals(List.of("cc-c", "cc-a", "cc-new", "cc-b"), List.copyOf(status.keySet()));
            assertEquals("follow_up", status.get("cc-c"));
            assertEquals("confirmed", status.get("cc-a"));
            assertEquals("open", status.get("cc-new"));
            assertEquals("dismissed", status.get("cc-b"));
        }
    }

    @Test
    void editorsSignInWithTheirBcryptPasswordOnly() {
        Editors editors = new Editors(Database.open(database.url()));
        editors.add("alice", "correct horse".toCharArray());
        assertTrue(editors.verify("alice", "correct horse".toCharArray()));
        assertFalse(editors.verify("alice", "Correct horse".toCharArray()));
        assertFalse(editors.verify("mallory", "correct horse".toCharArray()));
        assertEquals(List.of("alice"), editors.names());
        assertThrows(IllegalArgumentException.class, () -> editors.add("alice", "another one".toCharArray()));
        assertThrows(IllegalArgumentException.class, () -> editors.add("bob", "short".toCharArray()));
        assertThrows(IllegalArgumentException.class, () -> editors.add("<bob>", "long enough".toCharArray()));
        editors.setPassword("alice", "new password".toCharArray());
        assertFalse(editors.verify("alice", "correct horse".toCharArray()));
        assertTrue(editors.verify("alice", "new password".toCharArray()));
    }
}
