-- Messages from a group's organisers or officers to its members (or a filter of them). Each
-- recipient's copy is a row of the outbox; the recipient row links the two and records an
-- unsubscribe.
create schema if not exists messages;

create table messages.message (
    id            bigint generated always as identity primary key,
    group_id      bigint      not null,
    subject       text        not null check (length(subject) between 1 and 200),
    body          text        not null check (length(body) between 1 and 20000),
    audience      jsonb       not null,
    status        text        not null check (status in ('DRAFT', 'SCHEDULED', 'SENT', 'CANCELLED')),
    created_by_id bigint      not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    scheduled_for timestamptz,
    sent_at       timestamptz,
    recipients    integer,
    left_out      integer,
    check (status <> 'SCHEDULED' or scheduled_for is not null)
);

create index message_group on messages.message (group_id, id desc);
create index message_due on messages.message (scheduled_for) where status = 'SCHEDULED';

create table messages.recipient (
    id              bigint generated always as identity primary key,
    message_id      bigint not null references messages.message (id),
    person_id       bigint not null,
    outbox_id       bigint not null,
    unsubscribed_at timestamptz,
    unique (message_id, person_id)
);

create index recipient_person on messages.recipient (person_id);
create index recipient_outbox on messages.recipient (outbox_id);
