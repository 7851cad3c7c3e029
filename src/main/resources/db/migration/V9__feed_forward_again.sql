-- Feed forward ranks an order again when the facts its ranking reads change or it enters a
-- trigger status; each ranking is a round, and only lessons the order has not received yet are
-- added (and posted) in a round.

-- The round whose ranking is stored last; every order fed before this migration had one.
ALTER TABLE feed_forward ADD COLUMN ranked_round INT DEFAULT 1 NOT NULL;

-- The round that added the lesson, and when that round reached the ticket (the week's count of
-- lessons fed forward reads this, so a later round counts in its own week).
ALTER TABLE feed_forward_lessons ADD COLUMN ranked_round INT DEFAULT 1 NOT NULL;
ALTER TABLE feed_forward_lessons ADD COLUMN posted_at TIMESTAMP WITH TIME ZONE;
UPDATE feed_forward_lessons SET posted_at =
    (SELECT f.posted_at FROM feed_forward f WHERE f.order_id = feed_forward_lessons.order_id);
CREATE INDEX feed_forward_lessons_posted_idx ON feed_forward_lessons (posted_at);

-- What the newest round queued for an order was ranked on: a digest of the order's facts that
-- the ranking reads (summary, description, customer, strategy) and the last trigger status it
-- entered ('' for none). An event that changes neither queues nothing.
CREATE TABLE feed_forward_inputs (
    order_id        BIGINT        NOT NULL PRIMARY KEY REFERENCES orders (id),
    facts_digest    VARCHAR(64)   NOT NULL,
    trigger_status  VARCHAR(255)  NOT NULL,
    queued_round    INT           NOT NULL,
    queued_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT feed_forward_inputs_round_ck CHECK (queued_round >= 1)
);
