-- Sessions kept in the database, so that a user stays signed in whichever instance answers
-- (Spring Session JDBC's tables). The principal name is the account ("account 12"), never an
-- email, and a closed account's sessions are deleted at once.
create table platform.spring_session (
    primary_id            char(36)     not null primary key,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100) check (principal_name is null or principal_name ~ '^account [0-9]+$')
);
create unique index spring_session_ix1 on platform.spring_session (session_id);
create index spring_session_ix2 on platform.spring_session (expiry_time);
create index spring_session_ix3 on platform.spring_session (principal_name);

create table platform.spring_session_attributes (
    session_primary_id char(36)     not null references platform.spring_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    primary key (session_primary_id, attribute_name)
);

-- Scheduled work runs on one instance at a time: each job takes its row here (ShedLock).
create table platform.shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
