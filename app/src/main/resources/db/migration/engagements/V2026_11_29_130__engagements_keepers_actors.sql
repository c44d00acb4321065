-- Who did something is an account or a tool's name, never an email (see platform.actor_of).
update engagements.engagement set created_by = platform.actor_of(created_by);
alter table engagements.engagement add constraint engagement_created_by_is_an_actor
    check (created_by ~ '^(account [0-9]+|[a-z][a-z ]{0,39})$');
update engagements.ask set created_by = platform.actor_of(created_by);
alter table engagements.ask add constraint ask_created_by_is_an_actor
    check (created_by ~ '^(account [0-9]+|[a-z][a-z ]{0,39})$');
update engagements.ask_transition set recorded_by = platform.actor_of(recorded_by);
alter table engagements.ask_transition add constraint ask_transition_recorded_by_is_an_actor
    check (recorded_by ~ '^(account [0-9]+|[a-z][a-z ]{0,39})$');
update engagements.commitment set recorded_by = platform.actor_of(recorded_by);
alter table engagements.commitment add constraint commitment_recorded_by_is_an_actor
    check (recorded_by ~ '^(account [0-9]+|[a-z][a-z ]{0,39})$');
update engagements.follow_up set done_by = platform.actor_of(done_by) where done_by is not null;
alter table engagements.follow_up add constraint follow_up_done_by_is_an_actor
    check (done_by ~ '^(account [0-9]+|[a-z][a-z ]{0,39})$');

-- The caucuses that keep a stakeholder: their officers see the stakeholder's contact details.
-- A caucus keeps a stakeholder its officer added, or one someone who could already see the
-- record brought to it (by logging an engagement with them, or by sharing them).
create table engagements.stakeholder_keeper (
    person_id bigint      not null,
    caucus_id bigint      not null,
    origin    text        not null check (origin in
                              ('SELF', 'VOLUNTEER', 'INVITATION', 'ADMINISTRATOR', 'SIGHTED', 'CAUCUS_OFFICER', 'UNVERIFIED')),
    made_by   text        not null check (made_by ~ '^(account [0-9]+|[a-z][a-z ]{0,39})$'),
    made_at   timestamptz not null,
    primary key (person_id, caucus_id)
);

-- Until now every officer saw every stakeholder, so whoever logged an engagement with one could
-- see them: each caucus keeps the stakeholders its engagements were with.
insert into engagements.stakeholder_keeper (person_id, caucus_id, origin, made_by, made_at)
select distinct on (a.person_id, e.caucus_id) a.person_id, e.caucus_id, 'SIGHTED', e.created_by, e.created_at
from engagements.attendee a
join engagements.engagement e on e.id = a.engagement_id
join people.person p on p.id = a.person_id and p.kind = 'STAKEHOLDER' and p.erased_at is null
order by a.person_id, e.caucus_id, e.created_at;

-- and the caucuses run now by whoever added a stakeholder keep them too
insert into engagements.stakeholder_keeper (person_id, caucus_id, origin, made_by, made_at)
select distinct p.id, m.group_id, 'SIGHTED', 'account ' || ac.id, ev.at
from people.person p
join platform.audit_event ev on ev.entity_type = 'person' and ev.action = 'created' and ev.entity_id = p.id::text
join platform.account ac on ac.id = ev.actor_id
join groups.membership m on m.person_id = ac.person_id and m.ended_on is null and m.role in ('OFFICER', 'CONVENER')
join groups.grp g on g.id = m.group_id and g.kind = 'CAUCUS'
where p.kind = 'STAKEHOLDER' and p.erased_at is null
on conflict do nothing;
