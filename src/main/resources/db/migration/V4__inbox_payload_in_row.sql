-- The raw event moves into the row on H2: as a CLOB each payload was a separate large object, and
-- storing it was about half the CPU of inserting an inbox row (intake benchmark: 0.27-0.36 ms of
-- server CPU per delivery as CLOB, 0.22-0.23 ms in the row). H2's CHARACTER VARYING holds up to
-- 1,000,000,000 characters, far above the largest request the server accepts (64 MiB).
-- ${rowtext} is CHARACTER VARYING on H2 and TEXT on PostgreSQL, where the column already is TEXT
-- and this changes nothing.
ALTER TABLE inbox ALTER COLUMN payload SET DATA TYPE ${rowtext};
