-- The change feed: one row for every create, update and withdrawal, numbered in commit order.
-- A writer takes the next numbers from change_counter by updating its single row, and keeps the
-- row locked until it commits; so a number becomes visible only after every smaller number has,
-- and a reader resuming after number N can never miss a change committed later with a smaller one.
-- This holds for several server instances writing to one database.
create table change_counter (
    id       integer primary key,
    last_seq bigint  not null
);

create table statement_change (
    seq          bigint      primary key,
    statement_id varchar(32) not null,
    kind         varchar(8)  not null,
    version      bigint      not null,
    changed_at   timestamp with time zone not null,
    constraint ck_statement_change_kind check (kind in ('created', 'updated', 'deleted'))
);
create index ix_statement_change_statement on statement_change (statement_id, seq);

-- Statements stored before the feed existed enter it as created, oldest first.
insert into statement_change (seq, statement_id, kind, version, changed_at)
    select row_number() over (order by created_at, id), id, 'created', version, created_at from statement;
insert into statement_change (seq, statement_id, kind, version, changed_at)
    select (select count(*) from statement) + row_number() over (order by withdrawn_at, id), id, 'deleted', version, withdrawn_at
    from statement where withdrawn_at is not null;
insert into change_counter (id, last_seq) select 1, count(*) from statement_change;
