-- Rate-limit buckets shared by every instance on one PostgreSQL (Bucket4j's table): one row per
-- client (a key's id, an address), its state as Bucket4j serialises it, and when it is full again
-- (milliseconds since the epoch), after which the row may be deleted. The embedded database has
-- the table too, unused: there is one instance, and it keeps its buckets in memory.
create table rate_limit_bucket (
    id         varchar(300) primary key,
    state      bytea,
    expires_at bigint
);
create index ix_rate_limit_bucket_expires on rate_limit_bucket (expires_at);
