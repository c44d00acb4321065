-- Every message Convener sends is written here first, in the same transaction as the change that
-- caused it, and sent afterwards by the outbox worker. A row keeps one Message-ID for every
-- attempt, so that a message sent twice (a crash between the SMTP server's acceptance and our
-- commit) carries the same Message-ID both times.
create table platform.outbox_message (
    id               bigint generated always as identity primary key,
    message_id       text        not null unique,
    category         text        not null check (category in ('ACCOUNT', 'NOTIFICATION', 'DIGEST', 'BULK', 'TEST')),
    reference        text,
    person_id        bigint,
    about_person_id  bigint,
    to_address       text,
    to_name          text,
    subject          text        not null,
    body_text        text        not null,
    body_html        text,
    link_secret      text,
    unsubscribe_hash text unique,
    status           text        not null check (status in ('QUEUED', 'SENT', 'FAILED', 'SUPPRESSED', 'BOUNCED')),
    reason           text,
    attempts         integer     not null default 0,
    created_at       timestamptz not null,
    not_before       timestamptz not null,
    expires_at       timestamptz,
    last_attempt_at  timestamptz,
    sent_at          timestamptz,
    check (status <> 'QUEUED' or to_address is not null)
);

create index outbox_due on platform.outbox_message (not_before, id) where status = 'QUEUED';
create index outbox_person on platform.outbox_message (person_id);
create index outbox_about on platform.outbox_message (about_person_id) where about_person_id is not null;
create index outbox_reference on platform.outbox_message (reference);
create index outbox_created on platform.outbox_message (created_at desc);

-- Addresses that bounced permanently or complained: never mailed again. A person who gives a new
-- address is mailed at the new one.
create table platform.mail_suppression (
    address       text        primary key check (address = lower(address)),
    reason        text        not null,
    source        text        not null check (source in ('BOUNCE', 'COMPLAINT', 'REJECTED')),
    outbox_id     bigint,
    suppressed_at timestamptz not null
);

-- Notifications: what Convener tells a person, and how it went out (at once, in a daily digest,
-- or not at all, as they chose). One per person and event: the key makes "tell once" hold even
-- when two instances notice the same event.
create table platform.notification (
    id              bigint generated always as identity primary key,
    person_id       bigint      not null,
    account_id      bigint,
    kind            text        not null,
    dedup_key       text        not null,
    about_person_id bigint,
    subject         text        not null,
    body            text        not null,
    link            text,
    delivery        text        not null check (delivery in ('IMMEDIATE', 'DIGEST', 'NEVER', 'NO_ACCOUNT')),
    created_at      timestamptz not null,
    outbox_id       bigint,
    unique (person_id, dedup_key)
);

create index notification_digest_due on platform.notification (account_id, id) where delivery = 'DIGEST' and outbox_id is null;
create index notification_about on platform.notification (about_person_id) where about_person_id is not null;

create table platform.notification_preference (
    account_id bigint not null,
    kind       text   not null,
    delivery   text   not null check (delivery in ('IMMEDIATE', 'DIGEST', 'NEVER')),
    primary key (account_id, kind)
);

-- Links that set a password: an invitation to an account, and a reset. Only hashes of their
-- tokens are kept; each works once and expires.
create table platform.account_invitation (
    id          bigint generated always as identity primary key,
    email       text        not null,
    person_id   bigint,
    admin       boolean     not null default false,
    token_hash  text        not null unique,
    invited_by_id bigint,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    accepted_at timestamptz,
    revoked_at  timestamptz,
    account_id  bigint
);

create unique index account_invitation_live_email on platform.account_invitation (lower(email))
    where accepted_at is null and revoked_at is null;

create table platform.password_reset (
    id         bigint generated always as identity primary key,
    account_id bigint      not null,
    token_hash text        not null unique,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);

-- Requests for a reset link, for throttling per address and per client; the address is kept only
-- as a hash, and rows older than a day are deleted.
create table platform.password_reset_request (
    id           bigint generated always as identity primary key,
    address_hash text        not null,
    client       text        not null,
    requested_at timestamptz not null
);

create index password_reset_request_address on platform.password_reset_request (address_hash, requested_at);
create index password_reset_request_client on platform.password_reset_request (client, requested_at);
