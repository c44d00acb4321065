-- Commons divisions and how each MP voted in them, as each source records them. Two sources can
-- hold the same division: the per-MP lists that Public Whip compiled (files) and the official
-- Commons Votes service (one document per division). Pages use the official record when both do.
create schema if not exists votes;

create table votes.division (
    source        text    not null check (source in ('PUBLIC_WHIP', 'COMMONS_VOTES')),
    division_id   integer not null check (division_id > 0),
    held_on       date    not null,
    number        integer not null check (number > 0),
    title         text    not null check (length(title) between 1 and 1000),
    -- the counts the House declared, tellers excluded
    official_ayes integer not null check (official_ayes >= 0),
    official_noes integer not null check (official_noes >= 0),
    deferred      boolean not null,
    -- the source's own heading for the division, where it has one
    list_title    text check (length(list_title) <= 1000),
    primary key (source, division_id)
);

create index division_by_day on votes.division (held_on, number);

-- MPs as a source names them; who they are (their record, seat and time in the House) comes from
-- the Members list and the election results.
create table votes.member (
    source    text    not null check (source in ('PUBLIC_WHIP', 'COMMONS_VOTES')),
    member_id integer not null check (member_id > 0),
    name      text    not null check (length(name) between 1 and 200),
    primary key (source, member_id)
);

-- One MP's vote in one division. Party is the party at the time of the vote; a teller is recorded
-- with the side they told for and is not in the declared counts.
create table votes.vote (
    source      text    not null,
    division_id integer not null,
    member_id   integer not null,
    party       text    not null check (length(party) between 1 and 10),
    lobby       text    not null check (lobby in ('AYE', 'NO', 'BOTH')),
    teller      boolean not null,
    check (not (teller and lobby = 'BOTH')),
    primary key (source, division_id, member_id),
    foreign key (source, division_id) references votes.division (source, division_id) on delete cascade,
    foreign key (source, member_id) references votes.member (source, member_id)
);

-- for the member rows' foreign key, when an import replaces what a source holds
create index vote_by_member on votes.vote (source, member_id);

-- Divisions that officers have marked as free votes (no party whip), left out of rebellion and
-- cohesion figures unless asked for. Kept across imports; who marked it is in the audit log.
create table votes.free_vote (
    division_id integer     primary key check (division_id > 0),
    marked_at   timestamptz not null,
    note        text check (length(note) <= 500)
);
