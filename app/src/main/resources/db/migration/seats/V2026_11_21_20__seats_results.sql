-- Constituencies on the 2024 boundaries and the results held in them: the 2024 general election,
-- the notional 2019 result on the new boundaries and by-elections since.
create schema if not exists seats;

create table seats.region (
    code   text primary key check (code ~ '^(E12|S92|W92|N92)[0-9]{6}$'),
    name   text not null,
    nation text not null check (nation in ('ENGLAND', 'SCOTLAND', 'WALES', 'NORTHERN_IRELAND'))
);

create table seats.constituency (
    code              text primary key check (code ~ '^(E14|S14|W07|N05)[0-9]{6}$'),
    name              text not null,
    region_code       text not null references seats.region (code),
    nation            text not null,
    constituency_type text not null
);

create table seats.election (
    id      text primary key,
    kind    text not null check (kind in ('GENERAL', 'NOTIONAL', 'BY_ELECTION')),
    held_on date not null,
    title   text not null
);

create table seats.contest (
    election_id       text    not null references seats.election (id) on delete cascade,
    constituency_code text    not null references seats.constituency (code),
    electorate        integer check (electorate > 0),
    valid_votes       integer not null check (valid_votes > 0),
    invalid_votes     integer check (invalid_votes >= 0),
    declared_result   text,
    source_line       integer not null,
    primary key (election_id, constituency_code)
);

create index contest_by_constituency on seats.contest (constituency_code);

create table seats.candidacy (
    election_id       text    not null,
    constituency_code text    not null,
    position          integer not null check (position > 0),
    party_code        text    not null,
    party_name        text    not null,
    candidate_name    text,
    votes             integer not null check (votes >= 0),
    sitting_mp        boolean not null default false,
    primary key (election_id, constituency_code, position),
    foreign key (election_id, constituency_code) references seats.contest (election_id, constituency_code) on delete cascade
);

-- The sitting MP as the Members' list last recorded, after defections and by-elections.
create table seats.member_of_parliament (
    constituency_code text primary key references seats.constituency (code),
    member_id         integer,
    name              text not null,
    party_name        text not null,
    party_code        text not null,
    email             text
);

-- Position of each constituency in the hex cartogram (odd-r offset coordinates).
create table seats.hex (
    constituency_code text primary key references seats.constituency (code),
    q                 integer not null,
    r                 integer not null,
    unique (q, r)
);
