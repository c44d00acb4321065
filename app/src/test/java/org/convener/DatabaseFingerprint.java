package org.convener;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/** A digest of every row of every application table, to show that a failed request changed nothing. */
public final class DatabaseFingerprint {

    private DatabaseFingerprint() {}

    public static Map<String, String> of(JdbcTemplate jdbc) {
        var digests = new TreeMap<String, String>();
        var tables = jdbc.queryForList("""
                select table_schema || '.' || table_name from information_schema.tables
                where table_schema not in ('pg_catalog', 'information_schema', 'public') and table_type = 'BASE TABLE'
                  -- which instance holds a scheduled job's lock changes by the minute, whatever a request does,
                  -- and scheduled jobs prune the request counters of rate limits and sign-in delays
                  and (table_schema, table_name) not in (('platform', 'shedlock'), ('platform', 'api_rate'),
                                                         ('platform', 'sign_in_throttle'))
                """, String.class);
        for (String table : tables) {
            digests.put(
                    table,
                    jdbc.queryForObject(
                            "select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from "
                                    + table + " t",
                            String.class));
        }
        return digests;
    }
}
