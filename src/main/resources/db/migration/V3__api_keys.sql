-- API keys for writers. Only a SHA-256 digest of each secret is kept: keys are long random
-- strings, so a digest cannot be reversed, and the secret itself is shown once, at creation.
create table api_key (
    id          varchar(32)  primary key,
    name        varchar(200) not null,
    role        varchar(16)  not null,
    secret_hash varchar(64)  not null,
    created_at  timestamp with time zone not null,
    revoked_at  timestamp with time zone,
    constraint uk_api_key_secret unique (secret_hash)
);
