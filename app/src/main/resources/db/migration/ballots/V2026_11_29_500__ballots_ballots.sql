-- Deciding together: contests with nominations, hustings, secret ballots, their counts and the
-- endorsements a group makes. See docs/secrecy.md for what these tables can and cannot reveal.
create schema if not exists ballots;

create table ballots.contest (
    id                   bigint generated always as identity primary key,
    group_id             bigint      not null,
    kind                 text        not null check (kind in ('ENDORSEMENT', 'OFFICER', 'SELECTION')),
    title                text        not null check (length(title) between 1 and 200),
    description          text        check (length(description) <= 5000),
    method               text        not null check (method in ('fptp', 'approval', 'irv', 'scottish-stv', 'meek')),
    seats                integer     not null check (seats between 1 and 20),
    ron                  boolean     not null default false,
    seconders            integer     not null default 0 check (seconders between 0 and 20),
    nominations_close_at timestamptz not null,
    electorate_on        date        not null,
    opens_at             timestamptz not null,
    closes_at            timestamptz not null,
    -- names the key that seals this contest's papers; the key itself is kept outside the database
    box                  uuid        not null unique,
    illustrative         boolean     not null default false,
    created_by           text        not null check (created_by ~ '^(account [0-9]+|[a-z][a-z ]{0,39})$'),
    created_at           timestamptz not null,
    counted_at           timestamptz,
    check (nominations_close_at <= opens_at and opens_at < closes_at)
);

create table ballots.nomination (
    id           bigint generated always as identity primary key,
    contest_id   bigint      not null references ballots.contest (id),
    candidate_id bigint      not null,
    nominated_by bigint      not null,
    statement    text        not null check (length(statement) between 1 and 5000),
    nominated_at timestamptz not null,
    accepted_at  timestamptz,
    accepted_by  text        check (accepted_by ~ '^(account [0-9]+|[a-z][a-z ]{0,39})$'),
    acceptance   text,
    unique (contest_id, candidate_id)
);

create table ballots.seconder (
    nomination_id bigint      not null references ballots.nomination (id),
    person_id     bigint      not null,
    seconded_at   timestamptz not null,
    primary key (nomination_id, person_id)
);

-- Who has voted, for one vote per member and the turnout. Never what they chose.
create table ballots.voter (
    contest_id bigint not null references ballots.contest (id),
    person_id  bigint not null,
    voted_on   date   not null,
    primary key (contest_id, person_id)
);

-- The ballot box while voting is open: each paper sealed (AES-GCM) with the contest's key, which
-- is kept outside the database and destroyed once the papers are counted. No voter, no order, no time.
create table ballots.sealed_paper (
    contest_id bigint not null references ballots.contest (id),
    sealed     bytea  not null
);

-- The papers as published after the close: opened, shuffled and written in one go.
create table ballots.paper (
    contest_id bigint    not null references ballots.contest (id),
    ranking    integer[] not null
);

-- Receipt codes published after the close, as a sorted list apart from the papers.
create table ballots.receipt (
    contest_id bigint not null references ballots.contest (id),
    code       text   not null,
    primary key (contest_id, code)
);

-- The count: the published ballot file, the stage-by-stage report and the seed of the lots.
create table ballots.result (
    contest_id bigint      primary key references ballots.contest (id),
    blt        text        not null,
    report     jsonb       not null,
    seed       bigint      not null,
    counted_at timestamptz not null
);

-- The candidates a group has endorsed, from the contests it held for the purpose.
create table ballots.endorsement (
    group_id       bigint not null,
    contest_id     bigint not null references ballots.contest (id),
    candidate_id   bigint not null,
    candidate_name text   not null,
    endorsed_on    date   not null,
    primary key (contest_id, candidate_id)
);

create table ballots.hustings (
    id            bigint generated always as identity primary key,
    contest_id    bigint      not null unique references ballots.contest (id),
    engagement_id bigint,
    starts_at     timestamptz not null,
    place         text        check (length(place) <= 200),
    chair_id      bigint,
    notes         text        check (length(notes) <= 20000)
);

create table ballots.speaker (
    hustings_id   bigint  not null references ballots.hustings (id),
    position      integer not null check (position >= 1),
    nomination_id bigint  not null references ballots.nomination (id),
    primary key (hustings_id, position),
    unique (hustings_id, nomination_id)
);

create table ballots.question (
    id           bigint generated always as identity primary key,
    hustings_id  bigint      not null references ballots.hustings (id),
    asked_by     bigint      not null,
    wording      text        not null check (length(wording) between 1 and 1000),
    submitted_at timestamptz not null,
    chosen_as    integer     check (chosen_as >= 1),
    unique (hustings_id, chosen_as)
);

-- Papers, votes, receipts and results are never changed or taken back, whatever the application does.
create function ballots.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% cannot be changed or deleted: a vote, once cast, stands', tg_table_name;
end;
$$;

create trigger voter_immutable before update or delete on ballots.voter
    for each row execute function ballots.refuse_change();
create trigger sealed_paper_immutable before update or delete on ballots.sealed_paper
    for each row execute function ballots.refuse_change();
create trigger paper_immutable before update or delete on ballots.paper
    for each row execute function ballots.refuse_change();
create trigger receipt_immutable before update or delete on ballots.receipt
    for each row execute function ballots.refuse_change();
create trigger result_immutable before update or delete on ballots.result
    for each row execute function ballots.refuse_change();
create trigger voter_no_truncate before truncate on ballots.voter
    for each statement execute function ballots.refuse_change();
create trigger sealed_paper_no_truncate before truncate on ballots.sealed_paper
    for each statement execute function ballots.refuse_change();
create trigger paper_no_truncate before truncate on ballots.paper
    for each statement execute function ballots.refuse_change();

-- No vote is taken once the papers have been counted.
create function ballots.refuse_vote_after_count() returns trigger language plpgsql as $$
begin
    if exists (select 1 from ballots.contest where id = new.contest_id and counted_at is not null) then
        raise exception 'contest % has been counted: no more votes', new.contest_id;
    end if;
    return new;
end;
$$;

create trigger voter_before_count before insert on ballots.voter
    for each row execute function ballots.refuse_vote_after_count();
create trigger sealed_paper_before_count before insert on ballots.sealed_paper
    for each row execute function ballots.refuse_vote_after_count();

-- Every vote recorded comes with exactly one paper in the box, checked when the transaction commits.
create function ballots.one_paper_per_vote() returns trigger language plpgsql as $$
declare
    votes  bigint;
    papers bigint;
begin
    select count(*) into votes from ballots.voter where contest_id = new.contest_id;
    select count(*) into papers from ballots.sealed_paper where contest_id = new.contest_id;
    if votes <> papers then
        raise exception 'contest % would have % votes but % papers', new.contest_id, votes, papers;
    end if;
    return null;
end;
$$;

create constraint trigger voter_has_paper after insert on ballots.voter
    deferrable initially deferred for each row execute function ballots.one_paper_per_vote();
create constraint trigger paper_has_voter after insert on ballots.sealed_paper
    deferrable initially deferred for each row execute function ballots.one_paper_per_vote();

-- Nominations close at the time set: none are made, seconded or accepted after it.
create function ballots.refuse_late_nomination() returns trigger language plpgsql as $$
declare
    closing timestamptz;
    made    timestamptz;
begin
    if tg_table_name = 'seconder' then
        select c.nominations_close_at into closing from ballots.contest c
            join ballots.nomination n on n.contest_id = c.id where n.id = new.nomination_id;
        made := new.seconded_at;
    else
        select nominations_close_at into closing from ballots.contest where id = new.contest_id;
        made := coalesce(new.accepted_at, new.nominated_at);
    end if;
    if made >= closing then
        raise exception 'nominations closed at %', closing;
    end if;
    return new;
end;
$$;

create trigger nomination_in_time before insert or update on ballots.nomination
    for each row execute function ballots.refuse_late_nomination();
create trigger seconder_in_time before insert on ballots.seconder
    for each row execute function ballots.refuse_late_nomination();
