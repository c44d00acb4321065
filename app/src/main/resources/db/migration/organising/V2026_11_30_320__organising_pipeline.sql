-- The candidate pipeline of a local group: members who want to stand, their stage over time, a
-- mentor, a development plan, training outside Convener's courses, and what support they need.
create table organising.candidate (
    id          bigint generated always as identity primary key,
    group_id    bigint      not null,
    person_id   bigint      not null,
    office      text        not null check (office in ('COUNCIL', 'PARLIAMENT', 'PARTY_OFFICE')),
    aim         text        check (length(aim) <= 200),
    stage       text        not null check (stage in ('INTERESTED', 'DEVELOPING', 'READY', 'APPLIED', 'SHORTLISTED',
                                                      'SELECTED', 'ELECTED', 'STEPPED_BACK')),
    mentor_id   bigint,
    created_by  text        not null check (created_by ~ '^(account [0-9]+|[a-z][a-z ]{0,39})$'),
    created_at  timestamptz not null,
    check (mentor_id is null or mentor_id <> person_id)
);
create unique index candidate_once on organising.candidate (group_id, person_id, office);

-- Every move, dated, with who and why; the candidate's stage is the last one's.
create table organising.candidate_move (
    id           bigint generated always as identity primary key,
    candidate_id bigint      not null references organising.candidate (id),
    from_stage   text,
    to_stage     text        not null,
    on_date      date        not null,
    reason       text        not null check (length(reason) between 1 and 1000),
    recorded_by  text        not null check (recorded_by ~ '^(account [0-9]+|[a-z][a-z ]{0,39})$'),
    recorded_at  timestamptz not null
);
create index candidate_move_candidate on organising.candidate_move (candidate_id, id);

create table organising.plan_step (
    id           bigint generated always as identity primary key,
    candidate_id bigint      not null references organising.candidate (id),
    title        text        not null check (length(title) between 1 and 300),
    due_on       date        not null,
    done_on      date,
    created_by   text        not null check (created_by ~ '^(account [0-9]+|[a-z][a-z ]{0,39})$'),
    created_at   timestamptz not null
);

-- Training done outside Convener's own courses (a union's course, the party's academy).
create table organising.outside_training (
    id           bigint generated always as identity primary key,
    candidate_id bigint      not null references organising.candidate (id),
    title        text        not null check (length(title) between 1 and 300),
    completed_on date        not null
);

create table organising.support_need (
    id           bigint generated always as identity primary key,
    candidate_id bigint      not null references organising.candidate (id),
    kind         text        not null check (kind in ('COSTS', 'CHILDCARE', 'TIME_OFF', 'TRAVEL', 'ACCESS', 'OTHER')),
    detail       text        check (length(detail) <= 1000),
    met_on       date,
    created_at   timestamptz not null
);

-- Self-declared, optional, consented separately: only the person writes it, and only the person and
-- the organisers running a pipeline they are in read it. Withdrawing consent deletes it.
create table organising.background (
    person_id        bigint      primary key,
    working_class    text        check (working_class in ('YES', 'NO', 'UNSURE')),
    free_school_meals boolean,
    first_generation boolean,
    occupation       text        check (length(occupation) <= 200),
    trade_union      text        check (length(trade_union) <= 200),
    in_own_words     text        check (length(in_own_words) <= 2000),
    consent_wording  text        not null,
    consented_at     timestamptz not null,
    updated_at       timestamptz not null
);
