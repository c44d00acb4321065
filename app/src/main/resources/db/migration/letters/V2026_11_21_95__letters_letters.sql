-- Open letters: drafts with versions, the caucuses invited to sign, signatures and their
-- withdrawal, locking and publication, and the asks a letter makes.
create schema if not exists letters;

create table letters.letter (
    id                  bigint generated always as identity primary key,
    organising_caucus   bigint      not null,
    status              text        not null check (status in ('DRAFT', 'OPEN', 'LOCKED', 'PUBLISHED')),
    illustrative        boolean     not null default false,
    created_by          text        not null,
    created_at          timestamptz not null,
    opened_at           timestamptz,
    locked_at           timestamptz,
    published_at        timestamptz
);

create table letters.version (
    letter_id  bigint      not null references letters.letter (id),
    number     integer     not null check (number >= 1),
    title      text        not null check (length(title) between 1 and 200),
    body       text        not null check (length(body) between 1 and 20000),
    addressee  text,
    written_by text        not null,
    written_at timestamptz not null,
    primary key (letter_id, number)
);

create table letters.invitation (
    letter_id  bigint      not null references letters.letter (id),
    caucus_id  bigint      not null,
    invited_by text        not null,
    invited_at timestamptz not null,
    primary key (letter_id, caucus_id)
);

-- A signature keeps the caucuses and constituency as they were when it was given, so the published
-- list stays true whatever changes later.
create table letters.signature (
    id              bigint generated always as identity primary key,
    letter_id       bigint      not null references letters.letter (id),
    person_id       bigint      not null,
    signatory_name  text        not null,
    constituency    text,
    caucuses        text        not null,
    version         integer     not null,
    signed_at       timestamptz not null,
    recorded_by     text        not null,
    confirmation    text,
    withdrawn_at    timestamptz,
    withdrawn_by    text,
    withdrawal_note text
);
create unique index signature_once on letters.signature (letter_id, person_id) where withdrawn_at is null;

create table letters.letter_ask (
    letter_id bigint not null references letters.letter (id),
    ask_id    bigint not null,
    primary key (letter_id, ask_id)
);

-- Once a letter is locked its text and its signatories are fixed, whatever the application does.
create function letters.refuse_change_when_locked() returns trigger language plpgsql as $$
declare
    state text;
begin
    select status into state from letters.letter where id = coalesce(new.letter_id, old.letter_id);
    if state in ('LOCKED', 'PUBLISHED') then
        raise exception 'letter % is locked: its text and signatories cannot change', coalesce(new.letter_id, old.letter_id);
    end if;
    return coalesce(new, old);
end;
$$;

create trigger version_locked before insert or update or delete on letters.version
    for each row execute function letters.refuse_change_when_locked();
create trigger signature_locked before insert or update or delete on letters.signature
    for each row execute function letters.refuse_change_when_locked();
