-- Polls that officers and administrators add in the product, one by one or from an uploaded file.
-- They sit beside the imported file's polls (which a re-import replaces) and are never deleted:
-- a poll entered in error is withdrawn with a reason, and leaves the average.
create table polls.entered_poll (
    id               bigint generated always as identity primary key,
    fieldwork_start  date    not null,
    fieldwork_end    date    not null check (fieldwork_end >= fieldwork_start),
    pollster         text    not null check (length(pollster) between 1 and 100),
    client           text check (length(client) <= 100),
    area             text    not null default 'GB' check (length(area) <= 10),
    sample_size      integer check (sample_size > 0),
    method           text check (length(method) <= 100),
    lab              numeric(5, 2) check (lab between 0 and 100),
    con              numeric(5, 2) check (con between 0 and 100),
    ref              numeric(5, 2) check (ref between 0 and 100),
    ld               numeric(5, 2) check (ld between 0 and 100),
    grn              numeric(5, 2) check (grn between 0 and 100),
    snp              numeric(5, 2) check (snp between 0 and 100),
    pc               numeric(5, 2) check (pc between 0 and 100),
    rb               numeric(5, 2) check (rb between 0 and 100),
    others           numeric(5, 2) check (others between 0 and 100),
    mrp              boolean not null,
    notes            text check (length(notes) <= 500),
    source_url       text check (source_url ~ '^https?://' and length(source_url) <= 500),
    entered_by_id    bigint  not null,
    entered_at       timestamptz not null,
    withdrawn_at     timestamptz,
    withdrawn_reason text,
    check ((withdrawn_at is null) = (withdrawn_reason is null))
);

create index entered_poll_by_fieldwork_end on polls.entered_poll (fieldwork_end);
