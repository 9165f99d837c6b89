-- PostgreSQL alone, for the row "GET a statement at random over all, fresh": the queries the
-- server sends for one statement (its row with its issuer's name, its pairs in order; no
-- transaction), for a statement at random over all of them. The bench_ids table numbers the
-- statements' ids. The change counter, which the server reads at most once a cache lifetime (5 s)
-- whatever the requests, is not sent.
\set k random(1, :statements)
select s.id, s.slug, s.title, s.language, s.category, i.id, i.name, s.speaker_name, s.speaker_role, s.published_at,
       s.published_date, s.time_zone, s.body, s.source_url, s.retrieved_at, s.translation_group, s.version,
       s.created_at, s.updated_at, s.withdrawn_at
  from statement s join issuer i on i.id = s.issuer_id
 where s.id = (select id from bench_ids where k = :k);
select p.n, p.question, p.answer, p.asked_by, p.answered_by from qa_pair p
 where p.statement_id = (select id from bench_ids where k = :k) order by p.n;
