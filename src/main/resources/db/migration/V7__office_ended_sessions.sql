-- Office sessions ended by "Log out": the session cookie is signed and stateless, so a copy of it
-- stays valid until its expiry unless its random id is listed here. A row is of no use after the
-- session's own expiry and is pruned then.
CREATE TABLE office_ended_sessions (
    session_id  VARCHAR(22)              NOT NULL PRIMARY KEY,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX office_ended_sessions_expires_idx ON office_ended_sessions (expires_at);
