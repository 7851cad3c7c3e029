-- Feed forward (issue 15): the earlier lessons posted on a new order's ticket, and what the
-- order's people said of each ("helped" / "not relevant"), which moves later rankings.

-- One row per order the ranking ran for, with the signed link of its related-lessons page (signed
-- once, so the comment, the remote link and the property show the same URL on every retry).
CREATE TABLE feed_forward (
    order_id     BIGINT        NOT NULL PRIMARY KEY REFERENCES orders (id),
    related_url  VARCHAR(1000) NOT NULL,
    ranked_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    posted_at    TIMESTAMP WITH TIME ZONE
);

-- The lessons fed forward to an order, best first.
CREATE TABLE feed_forward_lessons (
    order_id   BIGINT           NOT NULL REFERENCES feed_forward (order_id) ON DELETE CASCADE,
    lesson_id  BIGINT           NOT NULL REFERENCES lessons (id) ON DELETE CASCADE,
    place      INT              NOT NULL,
    relevance  DOUBLE PRECISION NOT NULL,
    CONSTRAINT feed_forward_lessons_pk PRIMARY KEY (order_id, lesson_id),
    CONSTRAINT feed_forward_lessons_place_ck CHECK (place >= 1),
    CONSTRAINT feed_forward_lessons_relevance_ck CHECK (relevance BETWEEN 0 AND 1)
);
CREATE INDEX feed_forward_lessons_lesson_idx ON feed_forward_lessons (lesson_id);

-- One vote per lesson and link: a second vote on the same page replaces the first.
CREATE TABLE feed_forward_votes (
    order_id   BIGINT      NOT NULL,
    lesson_id  BIGINT      NOT NULL,
    vote       VARCHAR(12) NOT NULL,
    voted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT feed_forward_votes_pk PRIMARY KEY (order_id, lesson_id),
    CONSTRAINT feed_forward_votes_fed_fk FOREIGN KEY (order_id, lesson_id)
        REFERENCES feed_forward_lessons (order_id, lesson_id) ON DELETE CASCADE,
    CONSTRAINT feed_forward_votes_vote_ck CHECK (vote IN ('HELPED', 'NOT_RELEVANT'))
);
CREATE INDEX feed_forward_votes_lesson_idx ON feed_forward_votes (lesson_id);

-- The ranking's candidates: the newest lessons of orders with the same customer or strategy.
CREATE INDEX orders_customer_idx ON orders (customer);
CREATE INDEX orders_strategy_idx ON orders (strategy);
