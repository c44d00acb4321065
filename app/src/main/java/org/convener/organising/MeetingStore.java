package org.convener.organising;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of meetings, RSVPs, attendance, minutes, decisions and group calendar feeds. */
@Repository
class MeetingStore {

    private final JdbcClient jdbc;

    MeetingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Meetings.Details d, String by, java.time.Instant at) {
        return jdbc.sql("""
                insert into organising.meeting (group_id, kind, title, starts_at, minutes, place, online_link, agenda,
                    shown_publicly, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """)
                .params(
                        d.groupId(),
                        d.kind().name(),
                        d.title(),
                        Timestamp.from(d.startsAt()),
                        d.minutes(),
                        d.place(),
                        d.onlineLink(),
                        d.agenda(),
                        d.shownPublicly(),
                        by,
                        Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    void update(long id, Meetings.Details d) {
        jdbc.sql("""
                update organising.meeting set kind = ?, title = ?, starts_at = ?, minutes = ?, place = ?, online_link = ?,
                    agenda = ?, shown_publicly = ? where id = ?
                """)
                .params(
                        d.kind().name(),
                        d.title(),
                        Timestamp.from(d.startsAt()),
                        d.minutes(),
                        d.place(),
                        d.onlineLink(),
                        d.agenda(),
                        d.shownPublicly(),
                        id)
                .update();
    }

    void cancel(long id, java.time.Instant at) {
        jdbc.sql("update organising.meeting set cancelled_at = ? where id = ?")
                .params(Timestamp.from(at), id)
                .update();
    }

    Optional<Meeting> find(long id) {
        return jdbc.sql("select * from organising.meeting where id = ?")
                .param(id)
                .query(MeetingStore::meeting)
                .optional();
    }

    List<Meeting> ofGroup(long groupId) {
        return jdbc.sql("select * from organising.meeting where group_id = ? order by starts_at desc, id desc")
                .param(groupId)
                .query(MeetingStore::meeting)
                .list();
    }

    List<Meeting> ofGroups(Collection<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from organising.meeting where group_id = any(?) order by starts_at desc, id desc")
                .param(groupIds.toArray(new Long[0]))
                .query(MeetingStore::meeting)
                .list();
    }

    List<Meeting> shownPublicly(long groupId) {
        return jdbc.sql(
                        "select * from organising.meeting where group_id = ? and shown_publicly and cancelled_at is null order by starts_at")
                .param(groupId)
                .query(MeetingStore::meeting)
                .list();
    }

    // ---- RSVPs and attendance

    void rsvp(long meetingId, long personId, RsvpAnswer answer, java.time.Instant at) {
        jdbc.sql("""
                insert into organising.rsvp (meeting_id, person_id, answer, answered_at) values (?, ?, ?, ?)
                on conflict (meeting_id, person_id) do update set answer = excluded.answer, answered_at = excluded.answered_at
                """)
                .params(meetingId, personId, answer.name(), Timestamp.from(at))
                .update();
    }

    List<Meeting.Rsvp> rsvps(long meetingId) {
        return jdbc.sql("select * from organising.rsvp where meeting_id = ? order by answered_at")
                .param(meetingId)
                .query((rs, n) -> new Meeting.Rsvp(
                        rs.getLong("person_id"),
                        RsvpAnswer.valueOf(rs.getString("answer")),
                        rs.getTimestamp("answered_at").toInstant()))
                .list();
    }

    List<Long> attendance(long meetingId) {
        return jdbc.sql("select person_id from organising.attendance where meeting_id = ? order by person_id")
                .param(meetingId)
                .query(Long.class)
                .list();
    }

    void attend(long meetingId, long personId, String by, java.time.Instant at) {
        jdbc.sql(
                        "insert into organising.attendance (meeting_id, person_id, recorded_by, recorded_at) values (?, ?, ?, ?) on conflict do nothing")
                .params(meetingId, personId, by, Timestamp.from(at))
                .update();
    }

    void unattend(long meetingId, long personId) {
        jdbc.sql("delete from organising.attendance where meeting_id = ? and person_id = ?")
                .params(meetingId, personId)
                .update();
    }

    // ---- minutes and decisions

    List<Meeting.Minutes> minutes(long meetingId) {
        return jdbc.sql("select * from organising.minutes_version where meeting_id = ? order by number")
                .param(meetingId)
                .query((rs, n) -> new Meeting.Minutes(
                        rs.getInt("number"),
                        rs.getString("body"),
                        rs.getString("written_by"),
                        rs.getTimestamp("written_at").toInstant()))
                .list();
    }

    void writeMinutes(long meetingId, int number, String body, String by, java.time.Instant at) {
        jdbc.sql(
                        "insert into organising.minutes_version (meeting_id, number, body, written_by, written_at) values (?, ?, ?, ?, ?)")
                .params(meetingId, number, body, by, Timestamp.from(at))
                .update();
    }

    Optional<Meeting.Approval> approval(long meetingId) {
        return jdbc.sql("select * from organising.minutes_approval where meeting_id = ?")
                .param(meetingId)
                .query((rs, n) -> new Meeting.Approval(
                        rs.getInt("version"),
                        rs.getLong("at_meeting_id"),
                        rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .optional();
    }

    /** The meetings whose minutes were approved at this one. */
    List<Long> approvedAt(long meetingId) {
        return jdbc.sql(
                        "select meeting_id from organising.minutes_approval where at_meeting_id = ? order by meeting_id")
                .param(meetingId)
                .query(Long.class)
                .list();
    }

    void approve(long meetingId, int version, long atMeetingId, String by, java.time.Instant at) {
        jdbc.sql("""
                insert into organising.minutes_approval (meeting_id, version, at_meeting_id, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?)
                """)
                .params(meetingId, version, atMeetingId, by, Timestamp.from(at))
                .update();
    }

    List<Meeting.Decision> decisions(long meetingId) {
        return jdbc.sql("select * from organising.decision where meeting_id = ? order by id")
                .param(meetingId)
                .query((rs, n) -> new Meeting.Decision(
                        rs.getLong("id"),
                        rs.getString("body"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    void decide(long meetingId, String body, String by, java.time.Instant at) {
        jdbc.sql("insert into organising.decision (meeting_id, body, recorded_by, recorded_at) values (?, ?, ?, ?)")
                .params(meetingId, body, by, Timestamp.from(at))
                .update();
    }

    // ---- group calendar feeds

    int revokeFeed(long accountId, long groupId, java.time.Instant at) {
        return jdbc.sql(
                        "update organising.group_calendar_feed set revoked_at = ? where account_id = ? and group_id = ? and revoked_at is null")
                .params(Timestamp.from(at), accountId, groupId)
                .update();
    }

    void insertFeed(long accountId, long groupId, String hash, java.time.Instant at) {
        jdbc.sql(
                        "insert into organising.group_calendar_feed (account_id, group_id, token_hash, created_at) values (?, ?, ?, ?)")
                .params(accountId, groupId, hash, Timestamp.from(at))
                .update();
    }

    boolean hasFeed(long accountId, long groupId) {
        return jdbc.sql(
                                "select count(*) from organising.group_calendar_feed where account_id = ? and group_id = ? and revoked_at is null")
                        .params(accountId, groupId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The account and group a live secret's hash belongs to. */
    Optional<long[]> feed(String hash) {
        return jdbc.sql(
                        "select account_id, group_id from organising.group_calendar_feed where token_hash = ? and revoked_at is null")
                .param(hash)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .optional();
    }

    int liveFeeds(long accountId) {
        return jdbc.sql(
                        "select count(*) from organising.group_calendar_feed where account_id = ? and revoked_at is null")
                .param(accountId)
                .query(Integer.class)
                .single();
    }

    void deleteFeeds(long accountId) {
        jdbc.sql("delete from organising.group_calendar_feed where account_id = ?")
                .param(accountId)
                .update();
    }

    // ---- a person's part, for subject access and erasure

    List<Object[]> rsvpsOf(long personId) {
        return jdbc.sql("""
                select m.title, m.starts_at, r.answer from organising.rsvp r join organising.meeting m on m.id = r.meeting_id
                where r.person_id = ? order by m.starts_at
                """)
                .param(personId)
                .query((rs, n) -> new Object[] {
                    rs.getString(1), rs.getTimestamp(2).toInstant().toString(), rs.getString(3)
                })
                .list();
    }

    List<Object[]> attendedBy(long personId) {
        return jdbc.sql("""
                select m.title, m.starts_at from organising.attendance a join organising.meeting m on m.id = a.meeting_id
                where a.person_id = ? order by m.starts_at
                """)
                .param(personId)
                .query((rs, n) -> new Object[] {
                    rs.getString(1), rs.getTimestamp(2).toInstant().toString()
                })
                .list();
    }

    void deleteRsvps(long personId) {
        jdbc.sql("delete from organising.rsvp where person_id = ?")
                .param(personId)
                .update();
    }

    private static Meeting meeting(ResultSet rs, int row) throws SQLException {
        Timestamp cancelled = rs.getTimestamp("cancelled_at");
        return new Meeting(
                rs.getLong("id"),
                rs.getLong("group_id"),
                MeetingKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getInt("minutes"),
                rs.getString("place"),
                rs.getString("online_link"),
                rs.getString("agenda"),
                rs.getBoolean("shown_publicly"),
                cancelled == null ? null : cancelled.toInstant(),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
