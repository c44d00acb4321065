-- Named lists of constituencies: shipped lists, lists users make, and later each caucus's seats.
create table seats.seat_set (
    name        text primary key check (name ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    title       text        not null check (length(title) between 1 and 200),
    description text,
    origin      text        not null check (origin in ('DATASET', 'USER', 'CAUCUS')),
    created_at  timestamptz not null
);

create table seats.seat_set_member (
    set_name          text not null references seats.seat_set (name) on delete cascade,
    constituency_code text not null references seats.constituency (code),
    primary key (set_name, constituency_code)
);
