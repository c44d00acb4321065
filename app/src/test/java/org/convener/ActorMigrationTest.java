package org.convener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database as the versions before 2026-11-29 left it, with emails wherever someone acted and
 * memberships whose making was never recorded, brought up to date: every actor becomes an account
 * (or "former account" for an email no account holds, as after an erasure), each membership gets
 * the origin today's rules give it, and each caucus keeps the stakeholders it met.
 */
class ActorMigrationTest {

    private static final String BEFORE = "2026.11.21.95";

    @Test
    void emailsBecomeAccountsAndMembershipsGetTheirOrigins() throws Exception {
        try (var postgres = EmbeddedPostgres.builder()
                .setLocaleConfig("locale", "C.UTF-8")
                .setServerConfig("listen_addresses", "localhost")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start()) {
            var source = postgres.getPostgresDatabase();
            Flyway.configure()
                    .dataSource(source)
                    .locations("classpath:db/migration")
                    .target(BEFORE)
                    .load()
                    .migrate();
            var jdbc = new JdbcTemplate(source);
            jdbc.execute("""
                    insert into platform.account (id, email, password_hash, person_id, admin, created_at) overriding system value values
                        (1, 'admin@example.net', 'x', null, true, now()),
                        (2, 'officer@example.net', 'x', 11, false, now());
                    insert into people.person (id, full_name, kind, email, created_at, updated_at) overriding system value values
                        (10, 'An MP', 'MP', null, now(), now()),
                        (11, 'An Officer', 'MP', 'officer@example.net', now(), now()),
                        (12, 'An Activist', 'ACTIVIST', null, now(), now()),
                        (13, 'A Stakeholder', 'STAKEHOLDER', null, now(), now()),
                        (14, 'Another Stakeholder', 'STAKEHOLDER', null, now(), now());
                    insert into groups.grp (id, kind, name, slug, created_at) overriding system value values
                        (1, 'LOCAL_GROUP', 'A local group', 'local', now()),
                        (2, 'CAUCUS', 'A caucus', 'caucus', now());
                    insert into groups.membership (id, group_id, person_id, role, started_on, ended_on) overriding system value values
                        (1, 1, 10, 'MEMBER', '2025-01-01', null),
                        (2, 2, 10, 'MEMBER', '2025-01-01', null),
                        (3, 1, 12, 'MEMBER', '2025-01-01', null),
                        (4, 2, 11, 'OFFICER', '2025-01-01', null),
                        (5, 1, 12, 'ORGANISER', '2024-01-01', '2024-12-31'),
                        (6, 2, 12, 'MEMBER', '2025-01-01', null);
                    insert into platform.audit_event (at, actor, actor_id, action, entity_type, entity_id, encrypted) values
                        (now(), 'officer@example.net', 2, 'joined', 'membership', '1', false),
                        (now(), 'account 2', 2, 'joined', 'membership', '2', false),
                        (now(), 'account 2', 2, 'joined', 'membership', '3', false),
                        (now(), 'account 1', 1, 'joined', 'membership', '4', false),
                        (now(), 'demo', null, 'joined', 'membership', '5', false),
                        (now(), 'account 2', 2, 'created', 'person', '14', false);
                    insert into people.consent (person_id, channel, granted, recorded_at, method, recorded_by) values
                        (12, 'EMAIL', true, now(), 'form', 'Officer@Example.net'),
                        (12, 'PHONE', true, now(), 'form', 'gone@example.net'),
                        (12, 'POST', true, now(), 'form', 'demo');
                    insert into groups.officer_post (id, group_id, title, created_at) overriding system value values (1, 1, 'Chair', now());
                    insert into groups.volunteer (post_id, person_id, volunteered_at, status, decided_by, decided_at) values
                        (1, 12, now(), 'DECLINED', 'officer@example.net', now());
                    insert into groups.import_batch (group_id, uploaded_by, uploaded_at, file_name, content) values
                        (1, 'gone@example.net', now(), 'a.csv', 'full_name');
                    insert into engagements.engagement (id, caucus_id, kind, title, starts_at, created_by, created_at) overriding system value values
                        (1, 2, 'MEETING', 'A meeting', now(), 'officer@example.net', now());
                    insert into engagements.attendee (engagement_id, person_id) values (1, 13), (1, 11);
                    insert into engagements.ask (id, caucus_id, topic_id, title, wording, status, created_by, created_at) overriding system value values
                        (1, 2, 1, 'An ask', 'Please.', 'DRAFTED', 'officer@example.net', now());
                    insert into engagements.ask_transition (ask_id, to_status, on_date, recorded_by, recorded_at, reason) values
                        (1, 'DRAFTED', '2025-01-01', 'officer@example.net', now(), 'drafted');
                    insert into engagements.commitment (engagement_id, wording, recorded_by, recorded_at) values
                        (1, 'Yes.', 'gone@example.net', now());
                    insert into engagements.follow_up (engagement_id, action, owner_id, due_on, done_at, done_by, created_at) values
                        (1, 'Do it', 11, '2025-01-01', now(), 'officer@example.net', now());
                    insert into letters.letter (id, organising_caucus, status, created_by, created_at) overriding system value values
                        (1, 2, 'OPEN', 'officer@example.net', now());
                    insert into letters.version (letter_id, number, title, body, written_by, written_at) values
                        (1, 1, 'A letter', 'Dear all,', 'officer@example.net', now());
                    insert into letters.invitation (letter_id, caucus_id, invited_by, invited_at) values
                        (1, 2, 'officer@example.net', now());
                    insert into letters.signature (letter_id, person_id, signatory_name, caucuses, version, signed_at, recorded_by) values
                        (1, 10, 'An MP', 'A caucus', 1, now(), 'gone@example.net');
                    update letters.letter set status = 'LOCKED' where id = 1;
                    """);

            Flyway.configure()
                    .dataSource(source)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();

            assertThat(jdbc.queryForList("select recorded_by from people.consent order by channel", String.class))
                    .containsExactly("account 2", "former account", "demo");
            assertThat(jdbc.queryForObject("select decided_by from groups.volunteer", String.class))
                    .isEqualTo("account 2");
            assertThat(jdbc.queryForObject("select uploaded_by from groups.import_batch", String.class))
                    .isEqualTo("former account");
            assertThat(jdbc.queryForMap("""
                            select e.created_by as engagement, a.created_by as ask, t.recorded_by as move,
                                c.recorded_by as commitment, f.done_by as follow_up
                            from engagements.engagement e, engagements.ask a, engagements.ask_transition t,
                                engagements.commitment c, engagements.follow_up f
                            """))
                    .containsExactlyInAnyOrderEntriesOf(Map.of(
                            "engagement", "account 2",
                            "ask", "account 2",
                            "move", "account 2",
                            "commitment", "former account",
                            "follow_up", "account 2"));
            assertThat(jdbc.queryForMap("""
                            select l.created_by as letter, v.written_by as version, i.invited_by as invitation,
                                s.recorded_by as signature
                            from letters.letter l, letters.version v, letters.invitation i, letters.signature s
                            """))
                    .containsExactlyInAnyOrderEntriesOf(Map.of(
                            "letter", "account 2",
                            "version", "account 2",
                            "invitation", "account 2",
                            "signature", "former account"));
            assertThat(jdbc.queryForList("select actor from platform.audit_event order by id", String.class))
                    .first()
                    .isEqualTo("account 2");

            // an MP brought into a local group by someone else opens nothing; other memberships keep
            // what the rules then allowed, and the one who made each is kept
            assertThat(jdbc.queryForList(
                            "select origin || ' ' || made_by from groups.membership order by id", String.class))
                    .containsExactly(
                            "UNVERIFIED account 2",
                            "CAUCUS_OFFICER account 2",
                            "SIGHTED account 2",
                            "ADMINISTRATOR account 1",
                            "ADMINISTRATOR demo",
                            "SIGHTED unrecorded");
            // the caucus keeps the stakeholder it met, and the one its officer added
            assertThat(jdbc.queryForList(
                            "select person_id || ' ' || caucus_id || ' ' || origin from engagements.stakeholder_keeper order by person_id",
                            String.class))
                    .containsExactly("13 2 SIGHTED", "14 2 SIGHTED");

            // and from now on the database refuses an email where someone acted
            assertThatThrownBy(
                            () -> jdbc.update(
                                    "insert into people.consent (person_id, channel, granted, recorded_at, method, recorded_by) values (12, 'EMAIL', false, now(), 'x', 'someone@example.net')"))
                    .hasMessageContaining("consent_recorded_by_is_an_actor");
            assertThat(jdbc.queryForObject("select count(*) from pg_proc where proname = 'actor_of'", Integer.class))
                    .isZero();
        }
    }
}
