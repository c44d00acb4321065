-- Provenance of every imported dataset: where it came from, under which licence, and when.
create schema if not exists platform;

create table platform.dataset_import (
    dataset_id       text primary key,
    title            text        not null,
    publisher        text        not null,
    licence          text        not null,
    attribution      text        not null,
    source_directory text        not null,
    files            jsonb       not null,
    records          integer     not null check (records >= 0),
    description      text        not null,
    warnings         jsonb       not null default '[]',
    imported_at      timestamptz not null
);
