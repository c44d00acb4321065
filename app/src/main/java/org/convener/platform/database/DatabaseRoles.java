package org.convener.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.regex.Pattern;

/**
 * Who owns what in Convener's database, applied with a superuser's connection at every start and
 * again after the migrations (all statements are idempotent).
 *
 * <ul>
 *   <li>The application's role logs in, is no superuser, and owns every module's schema and all
 *       that is in them; it may create schemas in the database, so a new module's migration just
 *       works. It neither owns the database (which it could drop) nor belongs to the audit role.
 *   <li>The audit role cannot log in. It owns the {@code platform} schema (so that the application
 *       cannot drop what is in it), the audit table with its triggers, and their function. The
 *       application may create its own tables in {@code platform}, and may only insert into the
 *       audit table and read it: it cannot update, delete, truncate, disable the triggers or take
 *       the table over.
 * </ul>
 */
final class DatabaseRoles {

    /** The role that owns the audit log. */
    static final String AUDIT_ROLE = "convener_audit";

    private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    /** A generated password: letters, digits, '-' and '_' only, so it needs no escaping. */
    private static final Pattern SAFE_PASSWORD = Pattern.compile("[A-Za-z0-9_-]{16,200}");

    private DatabaseRoles() {}

    /**
     * Creates the application's role when {@code password} is given (the embedded cluster) and
     * sets its password; an external PostgreSQL's administrator creates the login role and passes
     * {@code null}.
     */
    static void apply(Connection superuser, String database, String application, String password) throws SQLException {
        apply(superuser, database, application, password, true);
    }

    /**
     * As {@link #apply(Connection, String, String, String)}; before the migrations
     * ({@code migrated} false) an audit table that has no owner of its own yet (a database made
     * by an earlier version) is handed to the application for the migrations that convert its
     * entries, and taken from it afterwards.
     */
    static void apply(Connection superuser, String database, String application, String password, boolean migrated)
            throws SQLException {
        requireRoleName(application);
        if (application.equals(AUDIT_ROLE)) {
            throw new IllegalArgumentException("the application's role cannot be " + AUDIT_ROLE);
        }
        boolean autoCommit = superuser.getAutoCommit();
        superuser.setAutoCommit(false);
        try (var sql = superuser.createStatement()) {
            if (password != null) {
                if (!SAFE_PASSWORD.matcher(password).matches()) {
                    throw new IllegalArgumentException("a generated password has an unexpected form");
                }
                sql.execute(ifNoRole(application, "create role " + application + " login"));
                sql.execute("alter role " + application + " with login password '" + password + "'");
            }
            sql.execute("alter role " + application
                    + " with nosuperuser nocreatedb nocreaterole noreplication nobypassrls");
            sql.execute(ifNoRole(AUDIT_ROLE, "create role " + AUDIT_ROLE + " nologin"));
            sql.execute("alter role " + AUDIT_ROLE
                    + " with nologin nosuperuser nocreatedb nocreaterole noreplication nobypassrls");
            sql.execute("""
                    do $$ begin
                        if pg_has_role('%1$s', '%2$s', 'member') then
                            revoke %2$s from %1$s;
                        end if;
                    end $$""".formatted(application, AUDIT_ROLE));

            String db = quoted(database);
            sql.execute("revoke all on database " + db + " from public");
            sql.execute("grant connect, temporary, create on database " + db + " to " + application);
            // Flyway keeps its history in public
            sql.execute("grant usage, create on schema public to " + application);

            // a new database gets its platform schema from the first migration, and this again after it
            sql.execute("""
                    do $$ begin
                        if to_regnamespace('platform') is not null then
                            alter schema platform owner to %2$s;
                            revoke all on schema platform from public;
                            grant usage, create on schema platform to %1$s;
                        end if;
                    end $$""".formatted(application, AUDIT_ROLE));

            sql.execute(OWN_EVERYTHING_ELSE.formatted(application));

            if (migrated) {
                sql.execute("""
                        do $$ begin
                            if to_regclass('platform.audit_event') is not null then
                                alter table platform.audit_event owner to %2$s;
                                revoke all on platform.audit_event from public, %1$s;
                                grant select, insert on platform.audit_event to %1$s;
                            end if;
                            if to_regprocedure('platform.audit_event_is_append_only()') is not null then
                                alter function platform.audit_event_is_append_only() owner to %2$s;
                            end if;
                        end $$""".formatted(application, AUDIT_ROLE));
            } else {
                sql.execute("""
                        do $$ begin
                            if to_regclass('platform.audit_event') is not null
                               and (select tableowner from pg_tables where schemaname = 'platform'
                                      and tablename = 'audit_event') <> '%2$s' then
                                alter table platform.audit_event owner to %1$s;
                                if to_regprocedure('platform.audit_event_is_append_only()') is not null then
                                    alter function platform.audit_event_is_append_only() owner to %1$s;
                                end if;
                            end if;
                        end $$""".formatted(application, AUDIT_ROLE));
            }
            superuser.commit();
        } catch (SQLException | RuntimeException e) {
            superuser.rollback();
            throw e;
        } finally {
            superuser.setAutoCommit(autoCommit);
        }
    }

    /** Whether the audit table is safe from {@code application}: owned by the audit role. */
    static boolean auditLogProtected(Connection connection) throws SQLException {
        try (var sql = connection.createStatement();
                var rs = sql.executeQuery(
                        "select tableowner from pg_tables where schemaname = 'platform' and tablename = 'audit_event'")) {
            return !rs.next() || AUDIT_ROLE.equals(rs.getString(1));
        }
    }

    /**
     * Hands every schema but the system's and {@code platform}, every object in them, and every
     * object in {@code platform} and {@code public} but the audit log's, to the application.
     * Objects that belong to an extension or follow a table (indexes, identity sequences, row
     * types) are left alone.
     */
    private static final String OWN_EVERYTHING_ELSE = """
            do $$
            declare
                app constant name := '%1$s';
                r record;
            begin
                for r in
                    select n.nspname from pg_namespace n
                    where n.nspname not in ('public', 'platform', 'information_schema')
                      and n.nspname not like 'pg\\_%%'
                      and n.nspowner <> to_regrole(app)
                loop
                    execute format('alter schema %%I owner to %%I', r.nspname, app);
                end loop;
                for r in
                    select c.oid::regclass as name, c.relkind from pg_class c
                    join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname not in ('information_schema') and n.nspname not like 'pg\\_%%'
                      and c.relkind in ('r', 'p', 'v', 'm', 'f', 'S')
                      and c.relowner <> to_regrole(app)
                      and c.oid <> coalesce(to_regclass('platform.audit_event'), 0)
                      and not exists (select 1 from pg_depend d
                                      where d.classid = 'pg_class'::regclass and d.objid = c.oid
                                        and d.deptype in ('a', 'i', 'e'))
                loop
                    execute format('alter %%s %%s owner to %%I',
                        case r.relkind when 'v' then 'view' when 'm' then 'materialized view'
                            when 'f' then 'foreign table' when 'S' then 'sequence' else 'table' end,
                        r.name, app);
                end loop;
                for r in
                    select p.oid::regprocedure as name from pg_proc p
                    join pg_namespace n on n.oid = p.pronamespace
                    where n.nspname not in ('information_schema') and n.nspname not like 'pg\\_%%'
                      and p.proowner <> to_regrole(app)
                      and p.oid <> coalesce(to_regprocedure('platform.audit_event_is_append_only()'), 0)
                      and not exists (select 1 from pg_depend d
                                      where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
                loop
                    execute format('alter routine %%s owner to %%I', r.name, app);
                end loop;
                for r in
                    select t.oid::regtype as name, t.typtype from pg_type t
                    join pg_namespace n on n.oid = t.typnamespace
                    where n.nspname not in ('information_schema') and n.nspname not like 'pg\\_%%'
                      and t.typtype in ('e', 'd', 'r', 'm') and t.typowner <> to_regrole(app)
                      and not exists (select 1 from pg_depend d
                                      where d.classid = 'pg_type'::regclass and d.objid = t.oid
                                        and d.deptype in ('i', 'e'))
                loop
                    execute format('alter %%s %%s owner to %%I',
                        case r.typtype when 'd' then 'domain' else 'type' end, r.name, app);
                end loop;
            end $$""";

    private static String ifNoRole(String role, String create) {
        return "do $$ begin if not exists (select 1 from pg_roles where rolname = '" + role + "') then " + create
                + "; end if; end $$";
    }

    private static void requireRoleName(String role) {
        if (role == null || !ROLE_NAME.matcher(role).matches()) {
            throw new IllegalArgumentException("\"" + role + "\" is not a plain PostgreSQL role name (a-z, 0-9, _)");
        }
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
