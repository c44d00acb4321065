-- Who did something is kept as an account ("account 12") or, for Convener's own tools, a name
-- ("demo", "command line"), never as an email: erasing a person replaces their account's email,
-- so every record of what they did stops naming them. This function maps what older versions
-- stored to that form, for the migrations of each module that follow; an email that no account
-- holds any more (its account was erased) becomes "former account". It is dropped once they ran.
create function platform.actor_of(actor text) returns text language sql stable as $$
    select case
        when actor is null then null
        when actor ~ '^account [0-9]+$' then actor
        when actor ~ '^[a-z][a-z ]{0,39}$' then actor
        when position('@' in actor) > 0 then coalesce(
            (select 'account ' || a.id from platform.account a where lower(a.email) = lower(actor)), 'former account')
        else 'former account'
    end
$$;

-- The first versions of the audit log kept the signed-in actor's email; actor_id already holds
-- the account, so the email is replaced by it, and the column refuses emails from now on. This is
-- the only change ever made to the log, and only its owner may make it: where the log already
-- belongs to a role of its own that the migrations do not run as, the entries stay as they are.
do $$
begin
    if exists (select 1 from pg_tables t
               where t.schemaname = 'platform' and t.tablename = 'audit_event'
                 and (t.tableowner = current_user
                      or (select r.rolsuper from pg_roles r where r.rolname = current_user))) then
        alter table platform.audit_event disable trigger audit_event_no_update;
        update platform.audit_event set actor = coalesce('account ' || actor_id, platform.actor_of(actor))
            where actor !~ '^(account [0-9]+|[a-z][a-z ]{0,39})$';
        alter table platform.audit_event enable trigger audit_event_no_update;
        alter table platform.audit_event add constraint audit_event_actor_is_no_email
            check (actor ~ '^(account [0-9]+|[a-z][a-z ]{0,39})$');
    else
        raise notice 'platform.audit_event is not %''s to change: entries from before 2026-11-21 keep their actor''s email', current_user;
    end if;
end $$;
