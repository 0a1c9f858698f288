-- Personal API tokens: only the SHA-256 of a token is kept; the token itself is shown once.
create table api_token (
    id            bigserial primary key,
    user_id       bigint       not null references app_user (id) on delete cascade,
    name          varchar(100) not null check (length(trim(name)) > 0),
    token_hash    varchar(64)  not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    prefix        varchar(16)  not null,
    created_at    timestamptz  not null default now(),
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
create index api_token_user on api_token (user_id, id);
