-- Growing from below: a local group's meetings and events, RSVPs, attendance, minutes with
-- versions approved at a later meeting, and decisions. Action points are engagements' follow-ups.
create schema if not exists organising;

create table organising.meeting (
    id           bigint generated always as identity primary key,
    group_id     bigint      not null,
    kind         text        not null check (kind in ('MEETING', 'STALL', 'LITTER_PICK', 'ADVICE_SURGERY', 'SOCIAL', 'OTHER_EVENT')),
    title        text        not null check (length(title) between 1 and 200),
    starts_at    timestamptz not null,
    minutes      integer     not null default 90 check (minutes between 5 and 1440),
    place        text        check (length(place) <= 300),
    online_link  text        check (length(online_link) <= 500),
    agenda       text        check (length(agenda) <= 10000),
    shown_publicly boolean   not null default false,
    cancelled_at timestamptz,
    created_by   text        not null check (created_by ~ '^(account [0-9]+|[a-z][a-z ]{0,39})$'),
    created_at   timestamptz not null,
    check (place is not null or online_link is not null)
);
create index meeting_group on organising.meeting (group_id, starts_at);

create table organising.rsvp (
    meeting_id  bigint      not null references organising.meeting (id),
    person_id   bigint      not null,
    answer      text        not null check (answer in ('YES', 'MAYBE', 'NO')),
    answered_at timestamptz not null,
    primary key (meeting_id, person_id)
);

create table organising.attendance (
    meeting_id  bigint      not null references organising.meeting (id),
    person_id   bigint      not null,
    recorded_by text        not null check (recorded_by ~ '^(account [0-9]+|[a-z][a-z ]{0,39})$'),
    recorded_at timestamptz not null,
    primary key (meeting_id, person_id)
);

create table organising.minutes_version (
    meeting_id bigint      not null references organising.meeting (id),
    number     integer     not null check (number >= 1),
    body       text        not null check (length(body) between 1 and 50000),
    written_by text        not null check (written_by ~ '^(account [0-9]+|[a-z][a-z ]{0,39})$'),
    written_at timestamptz not null,
    primary key (meeting_id, number)
);

-- Minutes are approved once, in one version, at a later meeting of the same group.
create table organising.minutes_approval (
    meeting_id     bigint      primary key references organising.meeting (id),
    version        integer     not null,
    at_meeting_id  bigint      not null references organising.meeting (id),
    recorded_by    text        not null check (recorded_by ~ '^(account [0-9]+|[a-z][a-z ]{0,39})$'),
    recorded_at    timestamptz not null,
    foreign key (meeting_id, version) references organising.minutes_version (meeting_id, number),
    check (at_meeting_id <> meeting_id)
);

-- Approved minutes are the group's record: the database refuses a new or changed version after approval,
-- and a changed or withdrawn approval.
create function organising.refuse_change_to_approved_minutes() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'minutes_approval' then
        raise exception 'minutes of meeting % are approved: the approval cannot change', old.meeting_id;
    end if;
    if exists (select 1 from organising.minutes_approval where meeting_id = coalesce(new.meeting_id, old.meeting_id)) then
        raise exception 'minutes of meeting % are approved: they cannot change', coalesce(new.meeting_id, old.meeting_id);
    end if;
    return coalesce(new, old);
end $$;
create trigger minutes_version_approved before insert or update or delete on organising.minutes_version
    for each row execute function organising.refuse_change_to_approved_minutes();
create trigger minutes_approval_final before update or delete on organising.minutes_approval
    for each row execute function organising.refuse_change_to_approved_minutes();

create table organising.decision (
    id          bigint generated always as identity primary key,
    meeting_id  bigint      not null references organising.meeting (id),
    body        text        not null check (length(body) between 1 and 2000),
    recorded_by text        not null check (recorded_by ~ '^(account [0-9]+|[a-z][a-z ]{0,39})$'),
    recorded_at timestamptz not null
);

-- A secret address per account and group for the group's calendar; only its hash is kept.
create table organising.group_calendar_feed (
    id          bigint generated always as identity primary key,
    account_id  bigint      not null,
    group_id    bigint      not null,
    token_hash  text        not null unique,
    created_at  timestamptz not null,
    revoked_at  timestamptz
);
create unique index group_calendar_feed_live on organising.group_calendar_feed (account_id, group_id) where revoked_at is null;
