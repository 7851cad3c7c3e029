-- An order ticket deleted in Jira: the order is kept with its lessons, marked DELETED (no longer
-- open or closed, so no digest lists it as closed without lessons), and the jobs still waiting to
-- act on its ticket are CANCELLED instead of failing against an issue Jira no longer has.
ALTER TABLE orders DROP CONSTRAINT orders_status_ck;
ALTER TABLE orders ADD CONSTRAINT orders_status_ck CHECK (status IN ('OPEN', 'CLOSED', 'DELETED'));
ALTER TABLE outbox DROP CONSTRAINT outbox_status_ck;
ALTER TABLE outbox ADD CONSTRAINT outbox_status_ck
    CHECK (status IN ('PENDING', 'RUNNING', 'DONE', 'PARKED', 'CANCELLED'));
