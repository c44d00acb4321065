package org.convener.platform.imports;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An import's rows inserted in JDBC batches. Stores speak JdbcClient, which has no batch API; a
 * dataset of thousands of rows sent one statement at a time would slow every import, so this is
 * the one place that reaches for JdbcTemplate (on the same connection and transaction).
 */
@Component
public class BatchInserts {

    private final JdbcTemplate jdbc;

    BatchInserts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs {@code sql} once per row, each row's values in the order of its parameters. */
    public void insert(String sql, List<Object[]> rows) {
        jdbc.batchUpdate(sql, rows);
    }
}
