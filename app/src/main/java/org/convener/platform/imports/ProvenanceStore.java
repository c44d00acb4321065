package org.convener.platform.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProvenanceStore {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ProvenanceStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<DatasetProvenance> find(String datasetId) {
        return jdbc.sql("select * from platform.dataset_import where dataset_id = ?")
                .param(datasetId)
                .query(this::map)
                .optional();
    }

    List<DatasetProvenance> all() {
        return jdbc.sql("select * from platform.dataset_import order by dataset_id")
                .query(this::map)
                .list();
    }

    Optional<Instant> lastImport() {
        return jdbc.sql("select imported_at from platform.dataset_import order by imported_at desc limit 1")
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    void save(DatasetProvenance p) {
        jdbc.sql("""
                insert into platform.dataset_import (dataset_id, title, publisher, licence, attribution,
                    source_directory, files, records, description, warnings, imported_at)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, cast(? as jsonb), ?)
                on conflict (dataset_id) do update set title = excluded.title, publisher = excluded.publisher,
                    licence = excluded.licence, attribution = excluded.attribution,
                    source_directory = excluded.source_directory, files = excluded.files,
                    records = excluded.records, description = excluded.description,
                    warnings = excluded.warnings, imported_at = excluded.imported_at
                """)
                .params(
                        p.datasetId(),
                        p.title(),
                        p.publisher(),
                        p.licence(),
                        p.attribution(),
                        p.sourceDirectory(),
                        write(p.files()),
                        p.records(),
                        p.description(),
                        write(p.warnings()),
                        Timestamp.from(p.importedAt()))
                .update();
    }

    private DatasetProvenance map(ResultSet rs, int row) throws SQLException {
        return new DatasetProvenance(
                rs.getString("dataset_id"),
                rs.getString("title"),
                rs.getString("publisher"),
                rs.getString("licence"),
                rs.getString("attribution"),
                rs.getString("source_directory"),
                read(rs.getString("files"), new TypeReference<>() {}),
                rs.getInt("records"),
                rs.getString("description"),
                read(rs.getString("warnings"), new TypeReference<>() {}),
                rs.getTimestamp("imported_at").toInstant());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable provenance JSON", e);
        }
    }
}
