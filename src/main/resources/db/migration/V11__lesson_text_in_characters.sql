-- The form limits a lesson's title, text, proposed action and author to 120, 5,000, 2,000 and 120
-- characters as a person sees them (code points). PostgreSQL's VARCHAR(n) counts those, H2's
-- counts UTF-16 units, of which a character outside the BMP (an emoji, a rare CJK ideograph) takes
-- two: the columns hold twice the limit, so that a lesson the form accepts is stored on either.
ALTER TABLE lessons ALTER COLUMN title SET DATA TYPE VARCHAR(240);
ALTER TABLE lessons ALTER COLUMN body SET DATA TYPE VARCHAR(10000);
ALTER TABLE lessons ALTER COLUMN proposed_action SET DATA TYPE VARCHAR(4000);
ALTER TABLE lessons ALTER COLUMN author SET DATA TYPE VARCHAR(240);
ALTER TABLE lesson_actions ALTER COLUMN action_text SET DATA TYPE VARCHAR(4000);
