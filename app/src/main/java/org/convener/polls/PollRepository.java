package org.convener.polls;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.convener.engine.Party;
import org.convener.engine.Poll;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PollRepository {

    /** The tidy file's columns and the parties they count for; Restore Britain and others are Oth. */
    private static final Map<String, Party> COLUMNS = Map.of(
            "lab",
            Party.LAB,
            "con",
            Party.CON,
            "ref",
            Party.RUK,
            "ld",
            Party.LD,
            "grn",
            Party.GREEN,
            "snp",
            Party.SNP,
            "pc",
            Party.PC,
            "rb",
            Party.OTH,
            "others",
            Party.OTH);

    private final JdbcClient jdbc;

    PollRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PublishedPoll> all() {
        return jdbc.sql("select * from polls.poll order by fieldwork_end desc, id")
                .query(this::map)
                .list();
    }

    private PublishedPoll map(ResultSet rs, int row) throws SQLException {
        var shares = new EnumMap<Party, Double>(Party.class);
        for (var column : COLUMNS.entrySet()) {
            BigDecimal value = rs.getBigDecimal(column.getKey());
            if (value != null) {
                shares.merge(column.getValue(), value.doubleValue(), Double::sum);
            }
        }
        var poll = new Poll(
                rs.getDate("fieldwork_start").toLocalDate(),
                rs.getDate("fieldwork_end").toLocalDate(),
                rs.getString("pollster"),
                (Integer) rs.getObject("sample_size"),
                shares,
                rs.getBoolean("mrp"));
        return new PublishedPoll(rs.getLong("id"), poll, rs.getString("client"), rs.getString("notes"));
    }
}
