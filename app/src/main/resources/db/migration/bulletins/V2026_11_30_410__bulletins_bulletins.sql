-- Delivery metrics, weekly bulletins and the runs of the weekly job.
create schema if not exists bulletins;

create table bulletins.metric (
    id         bigint generated always as identity primary key,
    caucus_id  bigint not null,
    name       text   not null check (length(name) between 1 and 120),
    unit       text   not null check (length(unit) between 1 and 40),
    source     text   not null check (length(source) between 1 and 200),
    method     text   not null check (length(method) <= 2000),
    -- a figure for one constituency (GP appointments in Bassetlaw) shows in that seat's briefing pack
    seat_code  text check (seat_code ~ '^[ENSW][0-9]{8}$'),
    illustrative boolean not null default false,
    created_at timestamptz not null,
    unique (caucus_id, name)
);

create table bulletins.metric_value (
    id          bigint generated always as identity primary key,
    metric_id   bigint not null references bulletins.metric (id),
    refers_to   date   not null,
    value       numeric(18, 2) not null,
    source_url  text   not null check (source_url ~ '^https?://' and length(source_url) <= 500),
    recorded_by_id bigint,
    recorded_at timestamptz not null
);

create index metric_value_by_metric on bulletins.metric_value (metric_id, refers_to);

create table bulletins.bulletin (
    id           bigint generated always as identity primary key,
    caucus_id    bigint not null,
    week         date   not null check (extract(isodow from week) = 1),
    status       text   not null check (status in ('DRAFT', 'APPROVED', 'PUBLISHED')),
    public       boolean not null default false,
    intro        text   not null default '' check (length(intro) <= 5000),
    figures      jsonb  not null,
    assembled_at timestamptz not null,
    approved_by_id bigint,
    approved_at  timestamptz,
    published_at timestamptz,
    illustrative boolean not null default false,
    unique (caucus_id, week),
    check (status = 'DRAFT' or approved_at is not null),
    check ((status = 'PUBLISHED') = (published_at is not null))
);

-- A published bulletin never changes, and is never deleted.
create function bulletins.refuse_changes_to_published() returns trigger language plpgsql as $$
begin
    if old.status = 'PUBLISHED' then
        raise exception 'bulletin % is published and cannot change', old.id using errcode = 'check_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end;
$$;

create trigger published_bulletins_are_fixed
    before update or delete on bulletins.bulletin
    for each row execute function bulletins.refuse_changes_to_published();

-- Each run of the weekly job, whichever instance ran it.
create table bulletins.job_run (
    id          bigint generated always as identity primary key,
    job         text not null,
    instance    text not null,
    started_at  timestamptz not null,
    finished_at timestamptz,
    outcome     text check (outcome in ('OK', 'FAILED')),
    detail      text
);

-- ShedLock's table: one row per job, the lock that lets one instance of many run it.
create table if not exists bulletins.shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
