-- Lesson capture on the Jira side: the form link of each order, and which lessons were written back.

-- One form per order: its link is made once (signed then) so that every retry, comment and
-- reminder shows the same URL.
CREATE TABLE capture_forms (
    order_id     BIGINT        NOT NULL PRIMARY KEY REFERENCES orders (id),
    form_url     VARCHAR(1000) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    attached_at  TIMESTAMP WITH TIME ZONE
);

-- The write-back job that took a lesson into its Jira comment, and when that job finished.
ALTER TABLE lessons ADD COLUMN write_back_job BIGINT;
ALTER TABLE lessons ADD COLUMN written_back_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX lessons_write_back_job_idx ON lessons (write_back_job);
