-- A day's count of statements not withdrawn, read from the index alone: with the publication date
-- only, PostgreSQL read each of the day's rows from the table to see whether it was withdrawn, one
-- block each, scattered over the table (at a million statements, some 137 a day: six times the
-- blocks of the page of 20 it counts for). The same for the nearest day with a statement and the
-- archive's counts by day. On PostgreSQL the count is an index-only scan wherever vacuum has
-- marked the table's blocks visible to all, as it does after an import.
drop index ix_statement_published_date;
create index ix_statement_published_date on statement (published_date, withdrawn_at);
