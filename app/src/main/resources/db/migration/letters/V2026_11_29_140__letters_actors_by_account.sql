-- Who did something is an account or a tool's name, never an email (see platform.actor_of).
-- A locked letter's signatures may not change; replacing an email by the account that held it
-- changes no fact of the letter, so the guard is lifted for this one statement.
update letters.letter set created_by = platform.actor_of(created_by);
alter table letters.letter add constraint letter_created_by_is_an_actor
    check (created_by ~ '^(account [0-9]+|[a-z][a-z ]{0,39})$');
update letters.invitation set invited_by = platform.actor_of(invited_by);
alter table letters.invitation add constraint invitation_invited_by_is_an_actor
    check (invited_by ~ '^(account [0-9]+|[a-z][a-z ]{0,39})$');

alter table letters.version disable trigger version_locked;
update letters.version set written_by = platform.actor_of(written_by);
alter table letters.version enable trigger version_locked;
alter table letters.version add constraint version_written_by_is_an_actor
    check (written_by ~ '^(account [0-9]+|[a-z][a-z ]{0,39})$');

alter table letters.signature disable trigger signature_locked;
update letters.signature set recorded_by = platform.actor_of(recorded_by),
    withdrawn_by = platform.actor_of(withdrawn_by);
alter table letters.signature enable trigger signature_locked;
alter table letters.signature
    add constraint signature_recorded_by_is_an_actor check (recorded_by ~ '^(account [0-9]+|[a-z][a-z ]{0,39})$'),
    add constraint signature_withdrawn_by_is_an_actor check (withdrawn_by ~ '^(account [0-9]+|[a-z][a-z ]{0,39})$');
