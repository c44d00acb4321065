package org.convener.letters;

import java.util.LinkedHashMap;
import java.util.Map;
import org.convener.people.PersonRecords;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A person's signatures, for a subject access request; and on erasure, their name taken off
 * letters still being drafted or circulated. A locked or published letter is a public record and
 * keeps its signatories.
 */
@Component
class SignatureRecords implements PersonRecords {

    private final JdbcTemplate jdbc;

    SignatureRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Object> about(long personId) {
        var signatures = jdbc.query(
                """
                select v.title, s.signed_at, s.withdrawn_at from letters.signature s
                join letters.version v on v.letter_id = s.letter_id and v.number = s.version where s.person_id = ? order by s.signed_at
                """,
                (rs, n) -> {
                    var row = new LinkedHashMap<String, Object>();
                    row.put("letter", rs.getString("title"));
                    row.put("signed", rs.getTimestamp("signed_at").toInstant().toString());
                    row.put(
                            "withdrawn",
                            rs.getTimestamp("withdrawn_at") == null
                                    ? null
                                    : rs.getTimestamp("withdrawn_at")
                                            .toInstant()
                                            .toString());
                    return row;
                },
                personId);
        return Map.of("letterSignatures", signatures);
    }

    @Override
    public void erase(long personId) {
        jdbc.update("""
                update letters.signature set signatory_name = 'Erased', constituency = null, confirmation = null, withdrawal_note = null,
                    withdrawn_at = coalesce(withdrawn_at, now()), withdrawn_by = coalesce(withdrawn_by, 'erasure')
                where person_id = ? and letter_id in (select id from letters.letter where status in ('DRAFT', 'OPEN'))
                """, personId);
    }
}
