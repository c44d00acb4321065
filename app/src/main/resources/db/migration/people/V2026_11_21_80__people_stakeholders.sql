-- Stakeholders (ministers, advisers, officials, journalists…) are people too, so that their
-- contact details follow the same rules, exports and erasure as everyone else's.
alter table people.person drop constraint person_kind_check;
alter table people.person add constraint person_kind_check check (kind in ('MP', 'STAFF', 'ACTIVIST', 'STAKEHOLDER', 'OTHER'));
