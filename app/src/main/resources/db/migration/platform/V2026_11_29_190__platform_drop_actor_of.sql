-- Every module's actor columns are migrated; the helper is no longer needed.
drop function platform.actor_of(text);
