-- Uploaded files, kept in the database itself so that a backup of the database restores them with
-- the records that point at them, in the same transaction; one row per distinct content.
create table organising.stored_file (
    id          bigint generated always as identity primary key,
    sha256      text        not null unique check (sha256 ~ '^[0-9a-f]{64}$'),
    media_type  text        not null,
    size_bytes  integer     not null check (size_bytes > 0),
    content     bytea       not null,
    stored_at   timestamptz not null
);
alter table organising.material add foreign key (file_id) references organising.stored_file (id);

-- The research library: documents with who may see them, searchable by title and text.
create table organising.document (
    id           bigint generated always as identity primary key,
    title        text        not null check (length(title) between 1 and 300),
    kind         text        not null check (kind in ('FOCUS_GROUP', 'POLLING_MEMO', 'BRIEFING', 'REPORT', 'OTHER')),
    source       text        not null check (length(source) between 1 and 200),
    published_on date        not null,
    file_id      bigint      not null references organising.stored_file (id),
    file_name    text        not null check (length(file_name) between 1 and 200),
    body_text    text,
    visibility   text        not null check (visibility in ('CAUCUSES', 'MEMBERS', 'PUBLIC')),
    illustrative boolean     not null default false,
    uploaded_by  text        not null check (uploaded_by ~ '^(account [0-9]+|[a-z][a-z ]{0,39})$'),
    uploaded_at  timestamptz not null,
    search       tsvector generated always as (
                     setweight(to_tsvector('english', title), 'A')
                     || setweight(to_tsvector('english', source), 'B')
                     || setweight(to_tsvector('english', coalesce(body_text, '')), 'C')) stored
);
create index document_search on organising.document using gin (search);

create table organising.document_caucus (
    document_id bigint not null references organising.document (id),
    caucus_id   bigint not null,
    primary key (document_id, caucus_id)
);

create table organising.document_topic (
    document_id bigint not null references organising.document (id),
    topic_id    bigint not null,
    primary key (document_id, topic_id)
);

-- Where a document is cited: an ask, an engagement, a bulletin.
create table organising.document_link (
    document_id bigint      not null references organising.document (id),
    target_kind text        not null check (target_kind in ('ASK', 'ENGAGEMENT', 'BULLETIN')),
    target_id   bigint      not null,
    linked_by   text        not null check (linked_by ~ '^(account [0-9]+|[a-z][a-z ]{0,39})$'),
    linked_at   timestamptz not null,
    primary key (document_id, target_kind, target_id)
);
