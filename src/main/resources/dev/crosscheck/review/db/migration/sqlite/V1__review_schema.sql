-- Editors who may sign in; passwords are bcrypt hashes, never the password itself.
CREATE TABLE editor (
    name          TEXT PRIMARY KEY,
    password_hash TEXT NOT NULL,
    created_at    TEXT NOT NULL
);

-- The current editorial state of a conflict, keyed by its stable id. No row means "open, never touched".
-- version counts state changes: a decision based on an older version is refused (optimistic locking).
-- rule/category/severity are copied from the report when decided, so rule statistics outlive old reports.
CREATE TABLE conflict_state (
    conflict_id TEXT PRIMARY KEY,
    status      TEXT    NOT NULL,
    reason      TEXT,
    assignee    TEXT,
    version     INTEGER NOT NULL,
    rule        TEXT,
    category    TEXT,
    severity    TEXT,
    updated_by  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);

-- Every action ever taken: who, when, what, and the status before and after.
CREATE TABLE audit_entry (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    conflict_id     TEXT NOT NULL,
    editor          TEXT NOT NULL,
    at              TEXT NOT NULL,
    action          TEXT NOT NULL,
    previous_status TEXT NOT NULL,
    status          TEXT NOT NULL,
    reason          TEXT,
    note            TEXT,
    assignee        TEXT
);
CREATE INDEX audit_entry_by_conflict ON audit_entry (conflict_id, id);
