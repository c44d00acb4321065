-- Pressing the leadership: stakeholders' positions, engagements with them, the asks a caucus
-- makes and how each moved, commitments received, follow-up actions and calendar feeds.
create schema if not exists engagements;

-- Who a stakeholder is at an organisation, and when: ministers move, so a person has several.
create table engagements.position (
    id           bigint generated always as identity primary key,
    person_id    bigint not null,
    category     text   not null check (category in ('MINISTER', 'ADVISER', 'OFFICIAL', 'PARTY_OFFICIAL', 'POLLSTER',
                                                     'THINK_TANK', 'JOURNALIST', 'OTHER')),
    organisation text   not null check (length(organisation) between 1 and 200),
    role         text   not null check (length(role) between 1 and 200),
    started_on   date,
    ended_on     date,
    check (ended_on is null or started_on is null or ended_on >= started_on)
);
create index position_person on engagements.position (person_id);

-- The subjects the caucus presses on; a managed list.
create table engagements.topic (
    id      bigint generated always as identity primary key,
    name    text not null unique check (length(name) between 1 and 100),
    retired boolean not null default false
);
insert into engagements.topic (name) values
    ('Immigration messaging'), ('ID cards'), ('Deportations'), ('GP access'), ('Anti-social behaviour'),
    ('Cost of living'), ('Welfare'), ('Investment in the North and the Midlands'), ('Green Book reform');

create table engagements.engagement (
    id          bigint generated always as identity primary key,
    caucus_id   bigint      not null,
    kind        text        not null check (kind in ('MEETING', 'CALL', 'BRIEFING', 'SPEAKER_SESSION', 'HUSTINGS')),
    title       text        not null check (length(title) between 1 and 200),
    starts_at   timestamptz not null,
    minutes     integer     not null default 60 check (minutes between 5 and 1440),
    place       text,
    notes       text,
    created_by  text        not null,
    created_at  timestamptz not null
);
create index engagement_caucus on engagements.engagement (caucus_id, starts_at);

create table engagements.attendee (
    engagement_id bigint not null references engagements.engagement (id),
    person_id     bigint not null,
    primary key (engagement_id, person_id)
);

create table engagements.engagement_topic (
    engagement_id bigint not null references engagements.engagement (id),
    topic_id      bigint not null references engagements.topic (id),
    primary key (engagement_id, topic_id)
);

create table engagements.ask (
    id          bigint generated always as identity primary key,
    caucus_id   bigint      not null,
    topic_id    bigint      not null references engagements.topic (id),
    title       text        not null check (length(title) between 1 and 200),
    wording     text        not null check (length(wording) between 1 and 5000),
    status      text        not null check (status in ('DRAFTED', 'RAISED', 'ACKNOWLEDGED', 'COMMITTED', 'DELIVERED', 'REFUSED', 'DROPPED')),
    created_by  text        not null,
    created_at  timestamptz not null
);

-- Every move of an ask, dated, with who and why; the ask's status is the last one's.
create table engagements.ask_transition (
    id            bigint generated always as identity primary key,
    ask_id        bigint      not null references engagements.ask (id),
    from_status   text,
    to_status     text        not null,
    on_date       date        not null,
    recorded_by   text        not null,
    recorded_at   timestamptz not null,
    reason        text        not null check (length(reason) between 1 and 1000),
    engagement_id bigint references engagements.engagement (id)
);
create index ask_transition_ask on engagements.ask_transition (ask_id, id);

-- What supports an ask: a seat, a seat set or a projection, by address within Convener.
create table engagements.ask_evidence (
    id      bigint generated always as identity primary key,
    ask_id  bigint not null references engagements.ask (id),
    kind    text   not null check (kind in ('SEAT', 'SEAT_SET', 'PROJECTION', 'LINK')),
    target  text   not null check (length(target) between 1 and 500),
    note    text
);

create table engagements.engagement_ask (
    engagement_id bigint not null references engagements.engagement (id),
    ask_id        bigint not null references engagements.ask (id),
    primary key (engagement_id, ask_id)
);

create table engagements.commitment (
    id             bigint generated always as identity primary key,
    engagement_id  bigint      not null references engagements.engagement (id),
    ask_id         bigint references engagements.ask (id),
    stakeholder_id bigint,
    wording        text        not null check (length(wording) between 1 and 2000),
    recorded_by    text        not null,
    recorded_at    timestamptz not null
);

create table engagements.follow_up (
    id            bigint generated always as identity primary key,
    engagement_id bigint      not null references engagements.engagement (id),
    action        text        not null check (length(action) between 1 and 1000),
    owner_id      bigint      not null,
    due_on        date        not null,
    done_at       timestamptz,
    done_by       text,
    created_at    timestamptz not null
);
create index follow_up_owner on engagements.follow_up (owner_id) where done_at is null;

-- A secret address for each account's calendar of upcoming engagements; only its hash is kept.
create table engagements.calendar_feed (
    id          bigint generated always as identity primary key,
    account_id  bigint      not null,
    token_hash  text        not null unique,
    created_at  timestamptz not null,
    revoked_at  timestamptz
);
create unique index calendar_feed_live on engagements.calendar_feed (account_id) where revoked_at is null;
