-- Feed forward's customer slice (RelatedCandidates.ofCustomer) collects a customer's lessons by
-- order and keeps the newest: with order, time and id in one index it reads them by index alone,
-- so a customer with 25,000 lessons among 1,000,000 costs a few milliseconds
-- (RelatedRankingBenchmark, docs/benchmarks.md).
CREATE INDEX lessons_order_created_idx ON lessons (order_id, created_at, id);
