-- Feed forward's customer slice (RelatedCandidates.ofCustomer) collects a customer's lessons and
-- keeps the newest. Both steps now read indexes alone: the customer's order ids from
-- (customer, id), then each order's lessons from (order_id, created_at, id), so a customer with
-- 25,000 lessons among 1,000,000 reads no table rows until the newest 100 are chosen
-- (RelatedRankingBenchmark, docs/benchmarks.md).
CREATE INDEX lessons_order_created_idx ON lessons (order_id, created_at, id);
CREATE INDEX orders_customer_id_idx ON orders (customer, id);
DROP INDEX orders_customer_idx;
