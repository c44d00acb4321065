package org.convener.engagements;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convener.platform.audit.AuditLog;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The managed list of topics the caucus presses on, seeded with its issues. */
@Service
public class Topics {

    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    Topics(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<Topic> all() {
        return jdbc.query(
                "select * from engagements.topic order by retired, name",
                (rs, n) -> new Topic(rs.getLong("id"), rs.getString("name"), rs.getBoolean("retired")));
    }

    public List<Topic> current() {
        return all().stream().filter(t -> !t.retired()).toList();
    }

    public Optional<Topic> find(long id) {
        return all().stream().filter(t -> t.id() == id).findFirst();
    }

    public String name(long id) {
        return find(id).map(Topic::name).orElse("topic " + id);
    }

    @Transactional
    public Topic add(String name) {
        String clean = name == null ? "" : name.trim();
        if (clean.isEmpty() || clean.length() > 100) {
            throw new IllegalArgumentException("a topic needs a name of up to 100 characters");
        }
        long id;
        try {
            id = jdbc.queryForObject("insert into engagements.topic (name) values (?) returning id", Long.class, clean);
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("there is already a topic called " + clean);
        }
        audit.record("created", "topic", id, null, null, Map.of("name", clean));
        return find(id).orElseThrow();
    }

    /** Takes a topic off the list for new engagements and asks; what used it keeps it. */
    @Transactional
    public void retire(long id) {
        Topic topic = find(id).orElseThrow(() -> new IllegalArgumentException("no such topic"));
        jdbc.update("update engagements.topic set retired = true where id = ?", id);
        audit.record(
                "retired",
                "topic",
                id,
                null,
                Map.of("name", topic.name()),
                Map.of("name", topic.name(), "retired", true));
    }
}
