-- Personal API tokens: shown once, stored as a SHA-256 hash of a random 256-bit secret.
create table platform.api_token (
    id           bigint generated always as identity primary key,
    account_id   bigint      not null references platform.account (id) on delete cascade,
    name         text        not null check (length(name) between 1 and 60),
    token_hash   text        not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    prefix       text        not null check (prefix ~ '^cvn_[A-Za-z0-9_-]{4}$'),
    scopes       text[]      not null check (cardinality(scopes) > 0),
    created_at   timestamptz not null,
    expires_at   timestamptz not null check (expires_at > created_at),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create unique index api_token_name_per_account on platform.api_token (account_id, lower(name)) where revoked_at is null;

-- Requests per key (a token or a client address) in the current minute, shared by every instance.
create table platform.api_rate (
    key          text        not null primary key,
    window_start timestamptz not null,
    requests     integer     not null
);
