-- Published national voting-intention polls for Great Britain.
create schema if not exists polls;

create table polls.poll (
    id              bigint generated always as identity primary key,
    fieldwork_start date    not null,
    fieldwork_end   date    not null check (fieldwork_end >= fieldwork_start),
    pollster        text    not null,
    client          text,
    area            text    not null,
    sample_size     integer check (sample_size > 0),
    lab             numeric(5, 2) check (lab between 0 and 100),
    con             numeric(5, 2) check (con between 0 and 100),
    ref             numeric(5, 2) check (ref between 0 and 100),
    ld              numeric(5, 2) check (ld between 0 and 100),
    grn             numeric(5, 2) check (grn between 0 and 100),
    snp             numeric(5, 2) check (snp between 0 and 100),
    pc              numeric(5, 2) check (pc between 0 and 100),
    rb              numeric(5, 2) check (rb between 0 and 100),
    others          numeric(5, 2) check (others between 0 and 100),
    mrp             boolean not null,
    notes           text,
    source_line     integer not null
);

create index poll_by_fieldwork_end on polls.poll (fieldwork_end);
