-- A page of one day's statements, newest first, read from one index in its order: without it,
-- H2 walks the publication index of the whole table looking for the day's rows.
create index ix_statement_day_order on statement (published_date, published_at, id);
