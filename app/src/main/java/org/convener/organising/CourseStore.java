package org.convener.organising;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of courses, sessions, materials, enrolment and attendance. */
@Repository
class CourseStore {

    private final JdbcClient jdbc;

    CourseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            long groupId,
            String title,
            String description,
            boolean recommended,
            Integer required,
            String by,
            Instant at) {
        return jdbc.sql("""
                insert into organising.course (group_id, title, description, recommended, sessions_required, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id
                """)
                .params(groupId, title, description, recommended, required, by, Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    Optional<Course> find(long id) {
        return jdbc.sql("select * from organising.course where id = ?")
                .param(id)
                .query(CourseStore::course)
                .optional();
    }

    List<Course> ofGroup(long groupId) {
        return jdbc.sql("select * from organising.course where group_id = ? order by created_at desc, id desc")
                .param(groupId)
                .query(CourseStore::course)
                .list();
    }

    void setRecommended(long id, boolean recommended) {
        jdbc.sql("update organising.course set recommended = ? where id = ?")
                .params(recommended, id)
                .update();
    }

    long insertSession(long courseId, String title, Instant startsAt, String place, Long facilitatorId) {
        return jdbc.sql("""
                insert into organising.course_session (course_id, title, starts_at, place, facilitator_id)
                values (?, ?, ?, ?, ?) returning id
                """)
                .params(courseId, title, Timestamp.from(startsAt), place, facilitatorId)
                .query(Long.class)
                .single();
    }

    Optional<Course.Session> session(long id) {
        return jdbc.sql("select * from organising.course_session where id = ?")
                .param(id)
                .query(CourseStore::session)
                .optional();
    }

    List<Course.Session> sessions(long courseId) {
        return jdbc.sql("select * from organising.course_session where course_id = ? order by starts_at, id")
                .param(courseId)
                .query(CourseStore::session)
                .list();
    }

    void insertMaterial(long sessionId, String title, String link, Long fileId, String by, Instant at) {
        jdbc.sql(
                        "insert into organising.material (session_id, title, link, file_id, added_by, added_at) values (?, ?, ?, ?, ?, ?)")
                .params(sessionId, title, link, fileId, by, Timestamp.from(at))
                .update();
    }

    List<Course.Material> materials(long courseId) {
        return jdbc.sql("""
                select m.* from organising.material m join organising.course_session s on s.id = m.session_id
                where s.course_id = ? order by m.id
                """)
                .param(courseId)
                .query((rs, n) -> new Course.Material(
                        rs.getLong("id"),
                        rs.getLong("session_id"),
                        rs.getString("title"),
                        rs.getString("link"),
                        rs.getObject("file_id", Long.class)))
                .list();
    }

    Optional<Course.Material> material(long id) {
        return jdbc.sql("select * from organising.material where id = ?")
                .param(id)
                .query((rs, n) -> new Course.Material(
                        rs.getLong("id"),
                        rs.getLong("session_id"),
                        rs.getString("title"),
                        rs.getString("link"),
                        rs.getObject("file_id", Long.class)))
                .optional();
    }

    void enrol(long courseId, long personId, Instant at) {
        jdbc.sql(
                        "insert into organising.enrolment (course_id, person_id, enrolled_at) values (?, ?, ?) on conflict do nothing")
                .params(courseId, personId, Timestamp.from(at))
                .update();
    }

    List<Long> enrolled(long courseId) {
        return jdbc.sql(
                        "select person_id from organising.enrolment where course_id = ? order by enrolled_at, person_id")
                .param(courseId)
                .query(Long.class)
                .list();
    }

    List<Long> coursesOf(long personId) {
        return jdbc.sql("""
                select course_id from organising.enrolment where person_id = ?
                union select s.course_id from organising.session_attendance a join organising.course_session s on s.id = a.session_id
                where a.person_id = ?
                """).params(personId, personId).query(Long.class).list();
    }

    List<Long> attendance(long sessionId) {
        return jdbc.sql("select person_id from organising.session_attendance where session_id = ? order by person_id")
                .param(sessionId)
                .query(Long.class)
                .list();
    }

    /** Every (session, person) attendance of a course's sessions. */
    List<long[]> courseAttendance(long courseId) {
        return jdbc.sql("""
                select a.session_id, a.person_id from organising.session_attendance a
                join organising.course_session s on s.id = a.session_id where s.course_id = ?
                """)
                .param(courseId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
    }

    void attend(long sessionId, long personId, String by, Instant at) {
        jdbc.sql(
                        "insert into organising.session_attendance (session_id, person_id, recorded_by, recorded_at) values (?, ?, ?, ?) on conflict do nothing")
                .params(sessionId, personId, by, Timestamp.from(at))
                .update();
    }

    void unattend(long sessionId, long personId) {
        jdbc.sql("delete from organising.session_attendance where session_id = ? and person_id = ?")
                .params(sessionId, personId)
                .update();
    }

    private static Course course(ResultSet rs, int row) throws SQLException {
        return new Course(
                rs.getLong("id"),
                rs.getLong("group_id"),
                rs.getString("title"),
                rs.getString("description"),
                rs.getBoolean("recommended"),
                rs.getObject("sessions_required", Integer.class),
                rs.getTimestamp("created_at").toInstant());
    }

    private static Course.Session session(ResultSet rs, int row) throws SQLException {
        return new Course.Session(
                rs.getLong("id"),
                rs.getLong("course_id"),
                rs.getString("title"),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getString("place"),
                rs.getObject("facilitator_id", Long.class));
    }
}
