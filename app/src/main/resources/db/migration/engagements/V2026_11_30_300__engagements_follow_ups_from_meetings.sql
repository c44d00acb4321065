-- A follow-up is owed to a group: the caucus of the engagement it arose at, or a group whose
-- meeting agreed it (an action point, recorded by the organising module through the engagements
-- module's API). Either an engagement or another source names where it arose, never both.
alter table engagements.follow_up alter column engagement_id drop not null;
alter table engagements.follow_up add column group_id bigint;
update engagements.follow_up f set group_id = e.caucus_id from engagements.engagement e where e.id = f.engagement_id;
alter table engagements.follow_up alter column group_id set not null;
alter table engagements.follow_up add column source_kind text check (source_kind ~ '^[a-z][a-z-]{0,39}$');
alter table engagements.follow_up add column source_id bigint;
alter table engagements.follow_up add constraint follow_up_arose_somewhere check (
    (engagement_id is not null and source_kind is null and source_id is null)
    or (engagement_id is null and source_kind is not null and source_id is not null));
create index follow_up_source on engagements.follow_up (source_kind, source_id) where source_kind is not null;
create index follow_up_group on engagements.follow_up (group_id) where done_at is null;
