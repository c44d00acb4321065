package org.convener.engagements;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convener.platform.audit.AuditLog;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The managed list of topics the caucus presses on, seeded with its issues. */
@Service
public class Topics {

    private final JdbcClient db;
    private final AuditLog audit;

    Topics(JdbcClient db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    public List<Topic> all() {
        return db.sql("select * from engagements.topic order by retired, name")
                .query((rs, n) -> new Topic(rs.getLong("id"), rs.getString("name"), rs.getBoolean("retired")))
                .list();
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
            id = db.sql("insert into engagements.topic (name) values (?) returning id")
                    .param(clean)
                    .query(Long.class)
                    .single();
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
        db.sql("update engagements.topic set retired = true where id = ?")
                .param(id)
                .update();
        audit.record(
                "retired",
                "topic",
                id,
                null,
                Map.of("name", topic.name()),
                Map.of("name", topic.name(), "retired", true));
    }
}
