-- Sign-in throttling, kept in the database so that it holds across several instances on one
-- PostgreSQL. A key is a client address ('address:203.0.113.7'), an account as typed
-- ('account:' and the SHA-256 of the lower-cased email, so no typed address is stored) or a
-- client an account has signed in from before ('device:' and the SHA-256 of its token). Rows are
-- dropped a day after their last failure.
create table platform.sign_in_throttle (
    key           text        primary key,
    failures      integer     not null check (failures > 0),
    last_failure  timestamptz not null,
    blocked_until timestamptz
);

create index sign_in_throttle_last_failure on platform.sign_in_throttle (last_failure);

-- Clients an account has signed in from: a random token in a cookie, held here only as a hash.
-- Wrong passwords for an account from anywhere else do not delay its owner on these.
create table platform.sign_in_device (
    token_hash   text        primary key,
    account_id   bigint      not null references platform.account (id),
    created_at   timestamptz not null,
    last_used_at timestamptz not null
);

create index sign_in_device_account on platform.sign_in_device (account_id);

-- A session begun before its account's current epoch is over: a password change, a reset or
-- disabling the account moves the epoch on, and so signs the account out everywhere else.
alter table platform.account add column session_epoch integer not null default 0;
