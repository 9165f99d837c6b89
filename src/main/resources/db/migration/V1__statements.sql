-- The statement store. Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL:
-- text and bytea exist on both, timestamps keep their zone, dates are plain dates.

create table issuer (
    id          varchar(120) primary key,
    name        varchar(400) not null,
    time_zone   varchar(64)  not null
);

create table statement (
    id                varchar(32)  primary key,
    slug              varchar(200) not null,
    title             text         not null,
    language          varchar(16)  not null,
    category          varchar(400),
    issuer_id         varchar(120) not null references issuer (id),
    published_at      timestamp with time zone not null,
    time_zone         varchar(64)  not null,
    published_date    date         not null,
    body              text         not null,
    qa_count          integer      not null,
    source_url        varchar(2048),
    retrieved_at      timestamp with time zone,
    source_hash       varchar(64),
    translation_group varchar(32),
    version           bigint       not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    withdrawn_at      timestamp with time zone,
    constraint uk_statement_slug unique (slug)
);

-- Keyset pagination walks (published_at, id); date filters use the issuer's local date.
create index ix_statement_published on statement (published_at, id);
create index ix_statement_published_date on statement (published_date);
create index ix_statement_issuer on statement (issuer_id, published_at);
create index ix_statement_source_hash on statement (source_hash);
create index ix_statement_source_url on statement (source_url);

create table qa_pair (
    statement_id varchar(32) not null references statement (id) on delete cascade,
    n            integer     not null,
    question     text        not null,
    answer       text        not null,
    asked_by     varchar(400),
    answered_by  varchar(400),
    primary key (statement_id, n)
);

-- The raw bytes a statement was imported from, kept apart so lists never load them.
create table statement_source (
    statement_id varchar(32)  primary key references statement (id) on delete cascade,
    content_type varchar(200) not null,
    content      bytea        not null
);
