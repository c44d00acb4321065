package org.convener.organising;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.convener.groups.Groups;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.audit.AuditLog;
import org.convener.shared.Format;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Political education: a group's courses of sessions, enrolment, attendance per session, and
 * completion, which follows attendance and is worked out from it rather than kept apart from it.
 */
@Service
public class Courses {

    private final CourseStore store;
    private final StoredFiles files;
    private final Groups groups;
    private final AuditLog audit;
    private final Clock clock;

    Courses(CourseStore store, StoredFiles files, Groups groups, AuditLog audit, Clock clock) {
        this.store = store;
        this.files = files;
        this.groups = groups;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Format.LONDON));
    }

    // ---- reading

    public Optional<Course> find(long id) {
        return store.find(id);
    }

    public List<Course> ofGroup(long groupId) {
        return store.ofGroup(groupId);
    }

    public Optional<Course.Session> session(long id) {
        return store.session(id);
    }

    public List<Course.Session> sessions(long courseId) {
        return store.sessions(courseId);
    }

    public List<Course.Material> materials(long courseId) {
        return store.materials(courseId);
    }

    public Optional<Course.Material> material(long id) {
        return store.material(id);
    }

    public Optional<StoredFile> file(long fileId) {
        return files.find(fileId);
    }

    public byte[] content(long fileId) {
        return files.content(fileId);
    }

    public List<Long> enrolled(long courseId) {
        return store.enrolled(courseId);
    }

    public Set<Long> attendance(long sessionId) {
        return new HashSet<>(store.attendance(sessionId));
    }

    /**
     * Who has completed the course, and on which day: the day of the session at which they reached
     * the sessions the course asks for.
     */
    public Map<Long, LocalDate> completions(long courseId) {
        Course course = existing(courseId);
        var sessions = store.sessions(courseId);
        int required = course.required(sessions.size());
        var completed = new LinkedHashMap<Long, LocalDate>();
        if (required == 0) {
            return completed;
        }
        var attendedBy = attendedSessions(courseId);
        attendedBy.forEach((personId, attended) -> {
            int count = 0;
            for (Course.Session s : sessions) {
                if (attended.contains(s.id()) && ++count == required) {
                    completed.put(personId, s.day());
                    break;
                }
            }
        });
        return completed;
    }

    /** How many of the course's sessions each person attended. */
    public Map<Long, Integer> attendedCounts(long courseId) {
        var counts = new HashMap<Long, Integer>();
        attendedSessions(courseId).forEach((p, s) -> counts.put(p, s.size()));
        return counts;
    }

    /** A member's political education: every course they enrolled in or attended, newest first. */
    public List<Course.Progress> recordOf(long personId) {
        var record = new ArrayList<Course.Progress>();
        for (long courseId : store.coursesOf(personId)) {
            Course course = existing(courseId);
            record.add(new Course.Progress(
                    course,
                    store.enrolled(courseId).contains(personId),
                    attendedCounts(courseId).getOrDefault(personId, 0),
                    store.sessions(courseId).size(),
                    completions(courseId).get(personId)));
        }
        record.sort(Comparator.comparing((Course.Progress p) -> p.course().createdAt())
                .reversed());
        return record;
    }

    /** Current members of the course's group who have not completed it, for the organisers. */
    public List<Long> notYetDone(long courseId) {
        Course course = existing(courseId);
        var done = completions(courseId).keySet();
        return groups.currentMemberships(course.groupId()).stream()
                .map(m -> m.personId())
                .filter(p -> !done.contains(p))
                .distinct()
                .toList();
    }

    // ---- changing

    @Transactional
    public Course create(
            long groupId, String title, String description, boolean recommended, Integer sessionsRequired) {
        groups.find(groupId).orElseThrow(() -> new IllegalArgumentException("no such group"));
        if (sessionsRequired != null && sessionsRequired < 1) {
            throw new IllegalArgumentException("a course asks for at least one session, or all of them");
        }
        String what = Fields.required(title, 200, "a title");
        long id = store.insert(
                groupId,
                what,
                Fields.optional(description, 5000, "the description"),
                recommended,
                sessionsRequired,
                AuditActor.who(),
                clock.instant());
        audit.record("created", "course", id, null, null, Map.of("group", groupId, "title", what));
        return existing(id);
    }

    @Transactional
    public void recommend(long courseId, boolean recommended) {
        existing(courseId);
        store.setRecommended(courseId, recommended);
        audit.record("recommended", "course", courseId, null, null, Map.of("recommended", recommended));
    }

    @Transactional
    public Course.Session addSession(long courseId, String title, Instant startsAt, String place, Long facilitatorId) {
        Course course = existing(courseId);
        if (startsAt == null) {
            throw new IllegalArgumentException("give the session's date and time");
        }
        if (facilitatorId != null && !members(course.groupId()).contains(facilitatorId)) {
            throw new IllegalArgumentException("the facilitator is a member of the group");
        }
        String what = Fields.required(title, 200, "the session's title");
        long id =
                store.insertSession(courseId, what, startsAt, Fields.optional(place, 300, "the place"), facilitatorId);
        audit.record("added session", "course", courseId, null, null, Map.of("session", what));
        return store.session(id).orElseThrow();
    }

    @Transactional
    public void addLink(long sessionId, String title, String link) {
        Course.Session session = existingSession(sessionId);
        String what = Fields.required(title, 200, "the material's title");
        String address = Fields.link(link, "the link", true);
        if (address == null) {
            throw new IllegalArgumentException("give the link");
        }
        store.insertMaterial(sessionId, what, address, null, AuditActor.who(), clock.instant());
        audit.record(
                "added material", "course", session.courseId(), null, null, Map.of("title", what, "link", address));
    }

    /** An uploaded file as a session's material, checked as the library checks its documents. */
    @Transactional
    public void addFile(long sessionId, String title, String fileName, byte[] content) {
        Course.Session session = existingSession(sessionId);
        String what = Fields.required(title, 200, "the material's title");
        StoredFile file = files.keep(fileName, content);
        store.insertMaterial(sessionId, what, null, file.id(), AuditActor.who(), clock.instant());
        audit.record(
                "added material",
                "course",
                session.courseId(),
                null,
                null,
                Map.of("title", what, "file", file.sha256()));
    }

    /** A member of the course's group enrols. */
    @Transactional
    public void enrol(long courseId, long personId) {
        Course course = existing(courseId);
        if (!members(course.groupId()).contains(personId)) {
            throw new IllegalArgumentException("courses are for members of the group");
        }
        if (store.enrolled(courseId).contains(personId)) {
            throw new IllegalArgumentException("already enrolled");
        }
        store.enrol(courseId, personId, clock.instant());
        audit.record("enrolled", "course", courseId, AuditLog.person(personId), null, Map.of("course", course.title()));
    }

    /** Records exactly who was at a session, from its day on: those enrolled or members of the group. */
    @Transactional
    public Set<Long> takeAttendance(long sessionId, Collection<Long> present) {
        Course.Session session = existingSession(sessionId);
        Course course = existing(session.courseId());
        if (session.day().isAfter(today())) {
            throw new IllegalStateException(
                    "attendance can be taken from the day of the session, " + Format.date(session.day()));
        }
        var allowed = members(course.groupId());
        allowed.addAll(store.enrolled(course.id()));
        var now = new HashSet<>(present);
        for (long personId : now) {
            if (!allowed.contains(personId)) {
                throw new IllegalArgumentException("those present must be enrolled or members of the group");
            }
        }
        var before = attendance(sessionId);
        for (long personId : now) {
            if (!before.contains(personId)) {
                store.attend(sessionId, personId, AuditActor.who(), clock.instant());
                store.enrol(course.id(), personId, clock.instant());
            }
        }
        for (long personId : before) {
            if (!now.contains(personId)) {
                store.unattend(sessionId, personId);
            }
        }
        audit.record(
                "took attendance",
                "course",
                course.id(),
                null,
                Map.of("session", sessionId, "present", before.size()),
                Map.of("session", sessionId, "present", now.size()));
        return attendance(sessionId);
    }

    private Map<Long, Set<Long>> attendedSessions(long courseId) {
        var attended = new HashMap<Long, Set<Long>>();
        for (long[] row : store.courseAttendance(courseId)) {
            attended.computeIfAbsent(row[1], p -> new HashSet<>()).add(row[0]);
        }
        return attended;
    }

    private Set<Long> members(long groupId) {
        var members = new HashSet<Long>();
        groups.currentMemberships(groupId).forEach(m -> members.add(m.personId()));
        return members;
    }

    private Course existing(long id) {
        return store.find(id).orElseThrow(() -> new IllegalArgumentException("no such course"));
    }

    private Course.Session existingSession(long id) {
        return store.session(id).orElseThrow(() -> new IllegalArgumentException("no such session"));
    }
}
