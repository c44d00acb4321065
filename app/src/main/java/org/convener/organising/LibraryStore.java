package org.convener.organising;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the research library, its full-text search and its links. */
@Repository
class LibraryStore {

    private static final String SELECT = """
            select d.id, d.title, d.kind, d.source, d.published_on, d.file_id, d.file_name, f.media_type, f.size_bytes,
                d.visibility, d.body_text is not null and d.body_text <> '' as has_text, d.illustrative, d.uploaded_by,
                d.uploaded_at,
                array(select caucus_id from organising.document_caucus c where c.document_id = d.id order by 1) as caucuses,
                array(select topic_id from organising.document_topic t where t.document_id = d.id order by 1) as topics
            from organising.document d join organising.stored_file f on f.id = d.file_id
            """;

    /** Who sees a document: public to all; members' documents to anyone signed in; caucuses' to their members. */
    private static final String VISIBLE = """
            (d.visibility = 'PUBLIC' or (:signedIn and d.visibility = 'MEMBERS') or :everything
             or (d.visibility = 'CAUCUSES' and exists (select 1 from organising.document_caucus c
                 where c.document_id = d.id and c.caucus_id = any(cast(:caucuses as bigint[])))))
            """;

    private final JdbcClient jdbc;

    LibraryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Library.Details d, StoredFile file, String fileName, String text, String by, Instant at) {
        long id = jdbc.sql("""
                insert into organising.document (title, kind, source, published_on, file_id, file_name, body_text, visibility,
                    illustrative, uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """)
                .params(
                        d.title(),
                        d.kind().name(),
                        d.source(),
                        Date.valueOf(d.publishedOn()),
                        file.id(),
                        fileName,
                        text,
                        d.visibility().name(),
                        d.illustrative(),
                        by,
                        Timestamp.from(at))
                .query(Long.class)
                .single();
        for (long caucus : d.caucusIds()) {
            jdbc.sql("insert into organising.document_caucus (document_id, caucus_id) values (?, ?)")
                    .params(id, caucus)
                    .update();
        }
        for (long topic : d.topicIds()) {
            jdbc.sql("insert into organising.document_topic (document_id, topic_id) values (?, ?)")
                    .params(id, topic)
                    .update();
        }
        return id;
    }

    Optional<ResearchDocument> find(long id) {
        return jdbc.sql(SELECT + " where d.id = ?")
                .param(id)
                .query(LibraryStore::document)
                .optional();
    }

    /** The documents a viewer may see, newest first, optionally of one topic. */
    List<ResearchDocument> visible(Library.Viewer viewer, Long topicId, int limit, int offset) {
        return jdbc.sql(SELECT + " where " + VISIBLE
                        + " and (cast(:topic as bigint) is null or exists (select 1 from organising.document_topic t"
                        + " where t.document_id = d.id and t.topic_id = :topic))"
                        + " order by d.published_on desc, d.id desc limit :limit offset :offset")
                .params(viewer.params())
                .param("topic", topicId)
                .param("limit", limit)
                .param("offset", offset)
                .query(LibraryStore::document)
                .list();
    }

    /** Full-text search over titles, sources and the text of PDFs, best match first. */
    List<ResearchDocument.Found> search(Library.Viewer viewer, String query, Long topicId, int limit, int offset) {
        return jdbc.sql("with q as (select websearch_to_tsquery('english', :query) as q) "
                        + SELECT.replace(
                                "from organising.document d",
                                ", ts_headline('english', coalesce(nullif(left(d.body_text, 200000), ''), d.title), q.q,"
                                        + " 'StartSel=\u0002, StopSel=\u0003, MaxFragments=2, MaxWords=30, MinWords=12,"
                                        + " FragmentDelimiter=\" … \"') as passage"
                                        + " from q, organising.document d")
                        + " where d.search @@ q.q and " + VISIBLE
                        + " and (cast(:topic as bigint) is null or exists (select 1 from organising.document_topic t"
                        + " where t.document_id = d.id and t.topic_id = :topic))"
                        + " order by ts_rank(d.search, q.q) desc, d.published_on desc, d.id desc"
                        + " limit :limit offset :offset")
                .params(viewer.params())
                .param("query", query)
                .param("topic", topicId)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new ResearchDocument.Found(document(rs, n), rs.getString("passage")))
                .list();
    }

    // ---- links

    void link(long documentId, LinkTarget target, long targetId, String by, Instant at) {
        jdbc.sql("""
                insert into organising.document_link (document_id, target_kind, target_id, linked_by, linked_at)
                values (?, ?, ?, ?, ?) on conflict do nothing
                """)
                .params(documentId, target.name(), targetId, by, Timestamp.from(at))
                .update();
    }

    int unlink(long documentId, LinkTarget target, long targetId) {
        return jdbc.sql(
                        "delete from organising.document_link where document_id = ? and target_kind = ? and target_id = ?")
                .params(documentId, target.name(), targetId)
                .update();
    }

    List<Long> linkedTo(LinkTarget target, long targetId) {
        return jdbc.sql(
                        "select document_id from organising.document_link where target_kind = ? and target_id = ? order by linked_at, document_id")
                .params(target.name(), targetId)
                .query(Long.class)
                .list();
    }

    /** Where a document is cited, as (kind, id). */
    List<Object[]> linksOf(long documentId) {
        return jdbc.sql(
                        "select target_kind, target_id from organising.document_link where document_id = ? order by linked_at")
                .param(documentId)
                .query((rs, n) -> new Object[] {LinkTarget.valueOf(rs.getString(1)), rs.getLong(2)})
                .list();
    }

    private static ResearchDocument document(ResultSet rs, int row) throws SQLException {
        return new ResearchDocument(
                rs.getLong("id"),
                rs.getString("title"),
                DocumentKind.valueOf(rs.getString("kind")),
                rs.getString("source"),
                rs.getDate("published_on").toLocalDate(),
                rs.getLong("file_id"),
                rs.getString("file_name"),
                FileType.ofMediaType(rs.getString("media_type")).orElseThrow(),
                rs.getInt("size_bytes"),
                Visibility.valueOf(rs.getString("visibility")),
                ids(rs.getArray("caucuses")),
                ids(rs.getArray("topics")),
                rs.getBoolean("has_text"),
                rs.getBoolean("illustrative"),
                rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant());
    }

    private static List<Long> ids(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return new ArrayList<>(Arrays.asList((Long[]) array.getArray()));
    }
}
