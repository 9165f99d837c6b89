-- PostgreSQL alone, for the row "GET a date page of a random day, fresh": the query of a page of
-- a day's statements (20, and one more that tells a next page exists), for a day at random among
-- those that have statements (numbered in the bench_days table), and, for a day with more than a
-- page, the count of its statements, as the server sends it then (rarely at 100,000, about 14 a
-- day; nearly always at a million). The days to count are numbered first, :counted of them. Left
-- out: the issuers' names, which the server keeps in memory.
\set k random(1, :days)
select s.id, s.slug, s.title, s.language, s.issuer_id, s.published_at, s.time_zone, s.published_date, s.qa_count,
       s.speaker_name, s.speaker_role
  from statement s
 where s.withdrawn_at is null and s.published_date = (select day from bench_days where k = :k)
 order by s.published_at desc, s.id desc
 fetch first 21 rows only;
\if :k <= :counted
select count(*) from statement s
 where s.withdrawn_at is null and s.published_date = (select day from bench_days where k = :k);
\endif
