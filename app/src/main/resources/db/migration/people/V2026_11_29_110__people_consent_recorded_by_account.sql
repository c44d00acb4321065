-- Who recorded consent is an account or a tool's name, never an email (see platform.actor_of).
update people.consent set recorded_by = platform.actor_of(recorded_by);
alter table people.consent add constraint consent_recorded_by_is_an_actor
    check (recorded_by ~ '^(account [0-9]+|[a-z][a-z ]{0,39})$');
