-- Who did something is an account or a tool's name, never an email (see platform.actor_of).
update groups.volunteer set decided_by = platform.actor_of(decided_by) where decided_by is not null;
alter table groups.volunteer add constraint volunteer_decided_by_is_an_actor
    check (decided_by ~ '^(account [0-9]+|[a-z][a-z ]{0,39})$');
update groups.import_batch set uploaded_by = platform.actor_of(uploaded_by);
alter table groups.import_batch add constraint import_batch_uploaded_by_is_an_actor
    check (uploaded_by ~ '^(account [0-9]+|[a-z][a-z ]{0,39})$');

-- How each membership was made, so that the rule of who may see a member's record through the
-- group (org.convener.people.PersonAccess) can be checked: by whom, when, and in which way.
alter table groups.membership add column made_by text, add column made_at timestamptz, add column origin text;

update groups.membership m set made_by = platform.actor_of(e.actor), made_at = e.at
from (select distinct on (entity_id) entity_id, actor, at from platform.audit_event
      where entity_type = 'membership' and action = 'joined' order by entity_id, id) e
where e.entity_id = m.id::text;
update groups.membership set made_by = 'unrecorded' where made_by is null;

-- Memberships made before origins were kept are judged by what the rules then allowed: anyone a
-- manager could see could be added, and MPs could be seen by all, so an MP's membership of a
-- local group made by anyone but an administrator or the MP is not trusted to open their record.
update groups.membership m set origin = case
        when m.made_by in (select 'account ' || a.id from platform.account a where a.admin) then 'ADMINISTRATOR'
        when m.made_by in (select 'account ' || a.id from platform.account a where a.person_id = m.person_id) then 'SELF'
        when m.made_by !~ '^account ' and m.made_by not in ('unrecorded', 'former account') then 'ADMINISTRATOR'
        when p.kind = 'MP' and g.kind = 'LOCAL_GROUP' then 'UNVERIFIED'
        when p.kind = 'MP' then 'CAUCUS_OFFICER'
        else 'SIGHTED'
    end
from people.person p, groups.grp g
where p.id = m.person_id and g.id = m.group_id;
update groups.membership set origin = 'UNVERIFIED' where origin is null;

alter table groups.membership
    alter column made_by set not null,
    alter column origin set not null,
    add constraint membership_made_by_is_an_actor check (made_by ~ '^(account [0-9]+|[a-z][a-z ]{0,39})$'),
    add constraint membership_origin check (origin in
        ('SELF', 'VOLUNTEER', 'INVITATION', 'ADMINISTRATOR', 'SIGHTED', 'CAUCUS_OFFICER', 'UNVERIFIED'));

-- An invitation to join a group, for someone its managers may not bring in themselves (an MP,
-- say): the membership starts only when the person accepts it, signed in as themself.
create table groups.invitation (
    id          bigint generated always as identity primary key,
    group_id    bigint      not null references groups.grp (id),
    person_id   bigint      not null,
    invited_by  text        not null check (invited_by ~ '^(account [0-9]+|[a-z][a-z ]{0,39})$'),
    invited_at  timestamptz not null,
    status      text        not null check (status in ('OPEN', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    decided_at  timestamptz
);
create unique index invitation_one_open on groups.invitation (group_id, person_id) where status = 'OPEN';
create index invitation_by_person on groups.invitation (person_id);
