-- Caucuses and local groups, their members over time, officer posts and who held them, and
-- volunteers for vacant posts. History is never overwritten: a change ends one row and starts another.
create schema if not exists groups;

create table groups.grp (
    id           bigint generated always as identity primary key,
    kind         text        not null check (kind in ('CAUCUS', 'LOCAL_GROUP')),
    name         text        not null unique check (length(name) between 1 and 200),
    slug         text        not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    description  text,
    illustrative boolean     not null default false,
    created_at   timestamptz not null
);

-- The constituencies (and, within them, branches) a local group works in.
create table groups.group_area (
    group_id          bigint not null references groups.grp (id) on delete cascade,
    constituency_code text   not null,
    branch            text,
    primary key (group_id, constituency_code)
);

create table groups.membership (
    id         bigint generated always as identity primary key,
    group_id   bigint not null references groups.grp (id),
    person_id  bigint not null,
    role       text   not null check (role in ('MEMBER', 'OFFICER', 'CONVENER', 'ORGANISER')),
    started_on date   not null,
    ended_on   date,
    end_reason text,
    check (ended_on is null or ended_on >= started_on)
);

create unique index membership_one_open on groups.membership (group_id, person_id) where ended_on is null;
create index membership_by_person on groups.membership (person_id);

create table groups.officer_post (
    id          bigint generated always as identity primary key,
    group_id    bigint      not null references groups.grp (id),
    title       text        not null check (length(title) between 1 and 100),
    description text,
    sort_order  integer     not null default 0,
    created_at  timestamptz not null,
    retired_on  date
);

create unique index officer_post_title on groups.officer_post (group_id, lower(title)) where retired_on is null;

create table groups.post_holding (
    id         bigint generated always as identity primary key,
    post_id    bigint not null references groups.officer_post (id),
    person_id  bigint not null,
    started_on date   not null,
    ended_on   date,
    check (ended_on is null or ended_on >= started_on)
);

create unique index post_holding_one_open on groups.post_holding (post_id) where ended_on is null;

create table groups.volunteer (
    id             bigint generated always as identity primary key,
    post_id        bigint      not null references groups.officer_post (id),
    person_id      bigint      not null,
    volunteered_at timestamptz not null,
    message        text,
    status         text        not null check (status in ('OPEN', 'APPOINTED', 'DECLINED', 'WITHDRAWN')),
    decided_by     text,
    decided_at     timestamptz
);

create unique index volunteer_one_open on groups.volunteer (post_id, person_id) where status = 'OPEN';

-- An uploaded CSV of people and memberships, held between its preview and its commit.
create table groups.import_batch (
    id           bigint generated always as identity primary key,
    group_id     bigint      not null references groups.grp (id),
    uploaded_by  text        not null,
    uploaded_at  timestamptz not null,
    file_name    text        not null,
    content      text        not null,
    committed_at timestamptz
);
