-- PostgreSQL only (quarkus.flyway.locations adds db/<db-kind>). Repeatable: it runs again whenever
-- it changes, after the numbered migrations, which stay common to both databases.
--
-- How many statements the pairs belong to. ANALYZE guesses it from a sample of 30,000 rows, and
-- pairs come in runs of one statement's, so the sample sees few of them twice and the guess stays
-- far below the truth: at a million statements (12 million pairs), 47,635 distinct statements,
-- so 262 pairs expected a statement instead of 12. The export's batch of 100 statements joined
-- to their pairs was then priced high enough for parallel workers and JIT compilation on every
-- batch (144 ms a batch against 59 without JIT), and the export crawled at 2 MiB a second.
-- Negative: a fraction of the rows, which holds as the table grows. A tenth: ten pairs a
-- statement, the order of a press conference's; a declaration has one, a long transcript hundreds.
alter table qa_pair alter column statement_id set (n_distinct = -0.1);
analyze qa_pair;
