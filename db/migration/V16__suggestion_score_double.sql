-- A real score read over pgjdbc's binary transfer (after the fifth run of a prepared statement)
-- comes back widened (0.6 -> 0.6000000238418579), so the same suggestion answered differently
-- from one request to the next. Scores are stored as double precision; six digits are kept.
alter table suggestion alter column score type double precision using round(score::numeric, 6)::double precision;
