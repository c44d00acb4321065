-- Political education: courses of sessions, enrolment, attendance per session; a course is complete
-- for a member once they attended the sessions it asks for (worked out, never stored).
create table organising.course (
    id                bigint generated always as identity primary key,
    group_id          bigint      not null,
    title             text        not null check (length(title) between 1 and 200),
    description       text        check (length(description) <= 5000),
    recommended       boolean     not null default false,
    sessions_required integer     check (sessions_required >= 1),
    created_by        text        not null check (created_by ~ '^(account [0-9]+|[a-z][a-z ]{0,39})$'),
    created_at        timestamptz not null
);

create table organising.course_session (
    id             bigint generated always as identity primary key,
    course_id      bigint      not null references organising.course (id),
    title          text        not null check (length(title) between 1 and 200),
    starts_at      timestamptz not null,
    place          text        check (length(place) <= 300),
    facilitator_id bigint
);
create index course_session_course on organising.course_session (course_id, starts_at);

-- Materials: a link, or an uploaded file kept in organising.stored_file.
create table organising.material (
    id         bigint generated always as identity primary key,
    session_id bigint      not null references organising.course_session (id),
    title      text        not null check (length(title) between 1 and 200),
    link       text        check (length(link) <= 500),
    file_id    bigint,
    added_by   text        not null check (added_by ~ '^(account [0-9]+|[a-z][a-z ]{0,39})$'),
    added_at   timestamptz not null,
    check ((link is null) <> (file_id is null))
);

create table organising.enrolment (
    course_id   bigint      not null references organising.course (id),
    person_id   bigint      not null,
    enrolled_at timestamptz not null,
    primary key (course_id, person_id)
);

create table organising.session_attendance (
    session_id  bigint      not null references organising.course_session (id),
    person_id   bigint      not null,
    recorded_by text        not null check (recorded_by ~ '^(account [0-9]+|[a-z][a-z ]{0,39})$'),
    recorded_at timestamptz not null,
    primary key (session_id, person_id)
);
