-- People: MPs (from the Members list), staff, activists. Contact details are personal data and
-- only some roles see them; an erased person keeps their row, emptied, so that counts stay true.
create schema if not exists people;

create table people.person (
    id                   bigint generated always as identity primary key,
    full_name            text        not null check (length(full_name) between 1 and 200),
    kind                 text        not null check (kind in ('MP', 'STAFF', 'ACTIVIST', 'OTHER')),
    constituency_code    text,
    parliament_member_id integer unique,
    email                text,
    phone                text,
    postal_address       text,
    notes                text,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    erased_at            timestamptz
);

create unique index person_email on people.person (lower(email)) where email is not null;
create index person_name on people.person (lower(full_name));
create index person_constituency on people.person (constituency_code);

create table people.person_tag (
    person_id bigint not null references people.person (id) on delete cascade,
    tag       text   not null check (tag ~ '^[a-z0-9][a-z0-9 -]{0,39}$'),
    primary key (person_id, tag)
);

-- Consent by channel, as a history: the latest row per channel is the one in force.
create table people.consent (
    id          bigint generated always as identity primary key,
    person_id   bigint      not null references people.person (id) on delete cascade,
    channel     text        not null check (channel in ('EMAIL', 'PHONE', 'POST')),
    granted     boolean     not null,
    recorded_at timestamptz not null,
    method      text        not null check (length(method) between 1 and 200),
    recorded_by text        not null
);

create index consent_by_person on people.consent (person_id, channel, id);
