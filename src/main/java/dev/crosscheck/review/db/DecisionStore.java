package dev.crosscheck.review.db;

import dev.crosscheck.review.Action;
import dev.crosscheck.review.DismissReason;
import dev.crosscheck.review.Status;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Conflict states and their audit trail, keyed by the stable conflict id. State changes use optimistic
 * locking: an update names the version it was based on and touches nothing when that is no longer current.
 */
public final class DecisionStore {

    private static final String STATE_COLUMNS =
            "conflict_id, status, reason, assignee, version, rule, category, severity, updated_by, updated_at";
    private static final String AUDIT_COLUMNS =
            "id, conflict_id, editor, at, action, previous_status, status, reason, note, assignee";
    /** Ids per IN (...) query: well under SQLite's and PostgreSQL's parameter limits. */
    private static final int CHUNK = 500;

    private final Database db;

    public DecisionStore(Database db) {
        this.db = db;
    }

    /** The conflict's state; {@link ConflictState#untouched} when nobody has acted on it. */
    public ConflictState state(String conflictId) {
        try (Connection c = db.connection()) {
            return read(c, conflictId);
        } catch (SQLException e) {
            throw failure("read the state of " + conflictId, e);
        }
    }

    /** Every conflict anyone has acted on. */
    public Map<String, ConflictState> states() {
        try (Connection c = db.connection();
             PreparedStatement st = c.prepareStatement("SELECT " + STATE_COLUMNS + " FROM conflict_state");
             ResultSet rs = st.executeQuery()) {
            Map<String, ConflictState> states = new HashMap<>();
            while (rs.next()) {
                ConflictState s = state(rs);
                states.put(s.conflictId(), s);
            }
            return states;
        } catch (SQLException e) {
            throw failure("read conflict states", e);
        }
    }

    /** The states of the given conflicts that anyone has acted on; untouched ones are left out. */
    public Map<String, ConflictState> states(Collection<String> conflictIds) {
        List<String> ids = List.copyOf(conflictIds);
        Map<String, ConflictState> states = new HashMap<>();
        try (Connection c = db.connection()) {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement st = c.prepareStatement(
                        "SELECT " + STATE_COLUMNS + " FROM conflict_state WHERE conflict_id IN (" + marks + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        st.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            ConflictState s = state(rs);
                            states.put(s.conflictId(), s);
                        }
                    }
                }
            }
            return states;
        } catch (SQLException e) {
            throw failure("read conflict states", e);
        }
    }

    /** The conflict's history, oldest first. */
    public List<AuditEntry> history(String conflictId) {
        try (Connection c = db.connection();
             PreparedStatement st = c.prepareStatement(
                     "SELECT " + AUDIT_COLUMNS + " FROM audit_entry WHERE conflict_id = ? ORDER BY id")) {
            st.setString(1, conflictId);
            try (ResultSet rs = st.executeQuery()) {
                List<AuditEntry> entries = new ArrayList<>();
                while (rs.next()) {
                    entries.add(entry(rs));
                }
                return entries;
            }
        } catch (SQLException e) {
            throw failure("read the history of " + conflictId, e);
        }
    }

    /** For each conflict, its most recent entry of the given action (e.g. who confirmed it, and when). */
    public Map<String, AuditEntry> latest(Action action) {
        try (Connection c = db.connection();
             PreparedStatement st = c.prepareStatement(
                     "SELECT " + AUDIT_COLUMNS + " FROM audit_entry WHERE action = ? ORDER BY id")) {
            st.setString(1, action.name());
            try (ResultSet rs = st.executeQuery()) {
                Map<String, AuditEntry> latest = new HashMap<>();
                while (rs.next()) {
                    AuditEntry e = entry(rs);
                    latest.put(e.conflictId(), e);
                }
                return latest;
            }
        } catch (SQLException e) {
            throw failure("read " + action.key() + " entries", e);
        }
    }

    /**
     * Applies a decision and records it in the audit trail, in one transaction. A state-changing decision
     * based on a version that is no longer current changes nothing and throws {@link StaleDecisionException}.
     *
     * @return the conflict's state afterwards
     */
    public ConflictState apply(Decision d) throws StaleDecisionException {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                ConflictState current = read(c, d.conflictId());
                if (d.action().changesState() && current.version() != d.basedOnVersion()) {
                    c.rollback();
                    throw stale(c, d.conflictId());
                }
                String now = Timestamps.now();
                ConflictState next = d.action().changesState() ? next(current, d, now) : current;
                if (d.action().changesState() && write(c, next, current.version()) == 0) {
                    // Another transaction got there between our read and our write.
                    c.rollback();
                    throw stale(c, d.conflictId());
                }
                insertAudit(c, d, current.status(), next.status(), now);
                c.commit();
                return next;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("record " + d.action().key() + " on " + d.conflictId(), e);
        }
    }

    private static ConflictState next(ConflictState current, Decision d, String now) {
        Action a = d.action();
        Status status = a.result() != null ? a.result() : current.status();
        DismissReason reason = a == Action.DISMISS ? d.reason()
                : status == Status.DISMISSED ? current.reason() : null;
        String assignee = a == Action.ASSIGN ? d.assignee() : current.assignee();
        ConflictLabel label = d.label() != null ? d.label() : current.label();
        return new ConflictState(d.conflictId(), status, reason, assignee, current.version() + 1, d.editor(), now,
                label);
    }

    /** Inserts the first state or updates the one at {@code expectedVersion}; returns the rows written (0 or 1). */
    private static int write(Connection c, ConflictState s, int expectedVersion) throws SQLException {
        String sql = expectedVersion == 0
                ? "INSERT INTO conflict_state (" + STATE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (conflict_id) DO NOTHING"
                : "UPDATE conflict_state SET conflict_id = ?, status = ?, reason = ?, assignee = ?, version = ?,"
                        + " rule = ?, category = ?, severity = ?, updated_by = ?, updated_at = ?"
                        + " WHERE conflict_id = ? AND version = ?";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            ConflictLabel label = s.label() != null ? s.label() : new ConflictLabel(null, null, null);
            st.setString(1, s.conflictId());
            st.setString(2, s.status().name());
            st.setString(3, s.reason() == null ? null : s.reason().name());
            st.setString(4, s.assignee());
            st.setInt(5, s.version());
            st.setString(6, label.rule());
            st.setString(7, label.category());
            st.setString(8, label.severity());
            st.setString(9, s.updatedBy());
            st.setString(10, s.updatedAt());
            if (expectedVersion != 0) {
                st.setString(11, s.conflictId());
                st.setInt(12, expectedVersion);
            }
            return st.executeUpdate();
        }
    }

    private static void insertAudit(Connection c, Decision d, Status before, Status after, String at)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO audit_entry (conflict_id, editor, at, action,"
                + " previous_status, status, reason, note, assignee) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, d.conflictId());
            st.setString(2, d.editor());
            st.setString(3, at);
            st.setString(4, d.action().name());
            st.setString(5, before.name());
            st.setString(6, after.name());
            st.setString(7, d.reason() == null ? null : d.reason().name());
            st.setString(8, d.note());
            st.setString(9, d.action() == Action.ASSIGN ? d.assignee() : null);
            st.executeUpdate();
        }
    }

    private StaleDecisionException stale(Connection c, String conflictId) throws SQLException {
        c.setAutoCommit(true);
        ConflictState current = read(c, conflictId);
        AuditEntry last = null;
        try (PreparedStatement st = c.prepareStatement("SELECT " + AUDIT_COLUMNS + " FROM audit_entry"
                + " WHERE conflict_id = ? AND action <> 'COMMENT' ORDER BY id DESC LIMIT 1")) {
            st.setString(1, conflictId);
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next()) {
                    last = entry(rs);
                }
            }
        }
        return new StaleDecisionException(current, last);
    }

    private static ConflictState read(Connection c, String conflictId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT " + STATE_COLUMNS + " FROM conflict_state WHERE conflict_id = ?")) {
            st.setString(1, conflictId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? state(rs) : ConflictState.untouched(conflictId);
            }
        }
    }

    private static ConflictState state(ResultSet rs) throws SQLException {
        String reason = rs.getString("reason");
        return new ConflictState(rs.getString("conflict_id"), Status.valueOf(rs.getString("status")),
                reason == null ? null : DismissReason.valueOf(reason), rs.getString("assignee"),
                rs.getInt("version"), rs.getString("updated_by"), rs.getString("updated_at"),
                new ConflictLabel(rs.getString("rule"), rs.getString("category"), rs.getString("severity")));
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        String reason = rs.getString("reason");
        return new AuditEntry(rs.getLong("id"), rs.getString("conflict_id"), rs.getString("editor"),
                rs.getString("at"), Action.valueOf(rs.getString("action")),
                Status.valueOf(rs.getString("previous_status")), Status.valueOf(rs.getString("status")),
                reason == null ? null : DismissReason.valueOf(reason), rs.getString("note"),
                rs.getString("assignee"));
    }

    private ReviewDatabaseException failure(String what, SQLException e) {
        return new ReviewDatabaseException("cannot " + what + " in " + db.describe(), e);
    }
}
