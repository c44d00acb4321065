-- Sign-in accounts. Passwords are stored only as bcrypt hashes.
create table platform.account (
    id                   bigint generated always as identity primary key,
    email                text        not null,
    password_hash        text        not null,
    person_id            bigint,
    admin                boolean     not null default false,
    enabled              boolean     not null default true,
    must_change_password boolean     not null default true,
    failed_attempts      integer     not null default 0,
    locked_until         timestamptz,
    created_at           timestamptz not null,
    last_sign_in_at      timestamptz
);

create unique index account_email on platform.account (lower(email));
create unique index account_person on platform.account (person_id) where person_id is not null;

-- The audit log: who changed what, when, with the values before and after. Values about a person
-- are encrypted with that person's key; erasing the person deletes the key, which leaves the
-- history of the change but makes its personal values unreadable.
create table platform.audit_event (
    id          bigint generated always as identity primary key,
    at          timestamptz not null,
    actor       text        not null,
    actor_id    bigint,
    action      text        not null,
    entity_type text        not null,
    entity_id   text        not null,
    subject     text,
    before      text,
    after       text,
    encrypted   boolean     not null
);

create index audit_event_at on platform.audit_event (at desc);
create index audit_event_entity on platform.audit_event (entity_type, entity_id);
create index audit_event_subject on platform.audit_event (subject);

create table platform.audit_subject_key (
    subject text  primary key,
    key     bytea not null
);

create function platform.audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only: % is not allowed', tg_op;
end;
$$;

create trigger audit_event_no_update before update or delete on platform.audit_event
    for each row execute function platform.audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on platform.audit_event
    for each statement execute function platform.audit_event_is_append_only();
