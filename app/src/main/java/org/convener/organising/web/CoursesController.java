package org.convener.organising.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.convener.groups.Group;
import org.convener.groups.Groups;
import org.convener.organising.Course;
import org.convener.organising.Courses;
import org.convener.people.People;
import org.convener.platform.CurrentUser;
import org.convener.platform.Forms;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Political education: a group's courses, for its members to see and enrol in, and for those who
 * run the group to plan sessions, add materials, take attendance and see who has not yet done a
 * course they recommend.
 */
@Controller
class CoursesController {

    private final Courses courses;
    private final Groups groups;
    private final People people;

    CoursesController(Courses courses, Groups groups, People people) {
        this.courses = courses;
        this.groups = groups;
        this.people = people;
    }

    @GetMapping("/groups/{slug}/courses")
    String list(@PathVariable String slug, Model model) {
        CurrentUser user = Forms.signedIn();
        Group group = Pages.viewable(groups, slug, user);
        var list = courses.ofGroup(group.id());
        var completed = new HashMap<Long, Integer>();
        var sessions = new HashMap<Long, Integer>();
        list.forEach(c -> {
            completed.put(c.id(), courses.completions(c.id()).size());
            sessions.put(c.id(), courses.sessions(c.id()).size());
        });
        model.addAttribute("group", group);
        model.addAttribute("courses", list);
        model.addAttribute("completed", completed);
        model.addAttribute("sessions", sessions);
        model.addAttribute("manager", groups.canManage(user, group.id()));
        return "organising/courses";
    }

    @PostMapping("/groups/{slug}/courses")
    String create(
            @PathVariable String slug,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String description,
            @RequestParam(defaultValue = "false") boolean recommended,
            @RequestParam(required = false) Integer sessionsRequired,
            RedirectAttributes redirect) {
        Group group = Pages.managed(groups, Pages.group(groups, slug).id(), Forms.signedIn());
        try {
            Course course = courses.create(group.id(), title, description, recommended, sessionsRequired);
            redirect.addFlashAttribute("notice", "Course added. Now plan its sessions.");
            return "redirect:/courses/" + course.id();
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", org.convener.platform.Messages.sentence(e.getMessage()));
            return "redirect:/groups/" + slug + "/courses";
        }
    }

    @GetMapping("/courses/{id}")
    String course(@PathVariable long id, Model model) {
        CurrentUser user = Forms.signedIn();
        Course course = existing(id);
        Group group = groups.find(course.groupId()).orElseThrow();
        if (!groups.canView(user, group.id())) {
            throw Pages.forbidden("Only members of " + group.name() + " see its courses.");
        }
        boolean manager = groups.canManage(user, group.id());
        var sessions = courses.sessions(id);
        var materials = new HashMap<Long, List<Course.Material>>();
        courses.materials(id)
                .forEach(m -> materials
                        .computeIfAbsent(m.sessionId(), s -> new ArrayList<>())
                        .add(m));
        var members = groups.currentMemberships(group.id()).stream()
                .map(m -> m.personId())
                .distinct()
                .toList();
        var enrolled = courses.enrolled(id);
        var completions = courses.completions(id);
        var ids = new HashSet<Long>(members);
        ids.addAll(enrolled);
        ids.addAll(completions.keySet());
        sessions.stream()
                .map(Course.Session::facilitatorId)
                .filter(java.util.Objects::nonNull)
                .forEach(ids::add);
        var names = Pages.names(people, ids);
        var attendance = new HashMap<Long, Set<Long>>();
        if (manager) {
            sessions.forEach(s -> attendance.put(s.id(), courses.attendance(s.id())));
        }
        var sortedMembers = new ArrayList<>(members);
        sortedMembers.sort(Comparator.comparing(p -> names.getOrDefault(p, "")));
        model.addAttribute(
                "page",
                new CoursePage(
                        group,
                        course,
                        manager,
                        user.personId() != null && members.contains(user.personId()),
                        user.personId() != null && enrolled.contains(user.personId()),
                        sessions,
                        materials,
                        enrolled,
                        attendance,
                        completions,
                        manager ? courses.attendedCounts(id) : java.util.Map.of(),
                        manager && course.recommended() ? courses.notYetDone(id) : List.of(),
                        sortedMembers,
                        names,
                        courses.today()));
        return "organising/course";
    }

    @PostMapping("/courses/{id}/enrol")
    String enrol(@PathVariable long id, @RequestParam(required = false) Long personId, RedirectAttributes redirect) {
        CurrentUser user = Forms.signedIn();
        Course course = existing(id);
        if (!groups.canView(user, course.groupId())) {
            throw Pages.forbidden("Courses are for members of the group.");
        }
        Long who = personId == null ? user.personId() : personId;
        if (who == null || (!user.isPerson(who) && !groups.canManage(user, course.groupId()))) {
            throw Pages.forbidden("Members enrol themselves; those who run the group enrol others.");
        }
        return Forms.outcome(redirect, "/courses/" + id, () -> {
            courses.enrol(id, who);
            return user.isPerson(who) ? "You are enrolled." : "Enrolled.";
        });
    }

    @PostMapping("/courses/{id}/recommend")
    String recommend(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean recommended,
            RedirectAttributes redirect) {
        managed(id);
        return Forms.outcome(redirect, "/courses/" + id, () -> {
            courses.recommend(id, recommended);
            return recommended ? "Recommended to every member." : "No longer recommended.";
        });
    }

    @PostMapping("/courses/{id}/sessions")
    String session(
            @PathVariable long id,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String startsAt,
            @RequestParam(required = false) String place,
            @RequestParam(required = false) Long facilitatorId,
            RedirectAttributes redirect) {
        managed(id);
        return Forms.outcome(redirect, "/courses/" + id, () -> {
            courses.addSession(id, title, Pages.dateTime(startsAt), place, facilitatorId);
            return "Session added.";
        });
    }

    @PostMapping("/sessions/{id}/attendance")
    String attendance(
            @PathVariable long id, @RequestParam(required = false) List<Long> present, RedirectAttributes redirect) {
        Course.Session session = courses.session(id).orElseThrow(() -> Pages.notFound("No such session."));
        managed(session.courseId());
        return Forms.outcome(redirect, "/courses/" + session.courseId(), () -> {
            int n = courses.takeAttendance(id, present == null ? List.of() : present)
                    .size();
            return "Attendance saved: " + n + " at " + session.title() + ".";
        });
    }

    /** A link, or a file whose type is told by its content. */
    @PostMapping("/sessions/{id}/materials")
    String material(
            @PathVariable long id,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String link,
            @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) {
        Course.Session session = courses.session(id).orElseThrow(() -> Pages.notFound("No such session."));
        managed(session.courseId());
        return Forms.outcome(redirect, "/courses/" + session.courseId(), () -> {
            if (file != null && !file.isEmpty()) {
                try {
                    courses.addFile(id, title, file.getOriginalFilename(), file.getBytes());
                } catch (IOException e) {
                    throw new IllegalArgumentException("the upload could not be read: send it again");
                }
            } else if (link != null && !link.isBlank()) {
                courses.addLink(id, title, link);
            } else {
                throw new IllegalArgumentException("give a link or choose a file");
            }
            return "Material added.";
        });
    }

    @GetMapping("/materials/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        CurrentUser user = Forms.signedIn();
        Course.Material material =
                courses.material(id).filter(m -> m.fileId() != null).orElseThrow(() -> Pages.notFound("No such file."));
        Course.Session session = courses.session(material.sessionId()).orElseThrow();
        Course course = existing(session.courseId());
        if (!groups.canView(user, course.groupId())) {
            throw Pages.forbidden("Course materials are for members of the group.");
        }
        var stored = courses.file(material.fileId()).orElseThrow();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(stored.type().mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(
                                        material.title().replaceAll("[^\\p{L}\\p{N} ._-]", "_") + "."
                                                + stored.type().extension(),
                                        java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(courses.content(material.fileId()));
    }

    private Course existing(long id) {
        return courses.find(id).orElseThrow(() -> Pages.notFound("No such course."));
    }

    private Course managed(long courseId) {
        Course course = existing(courseId);
        Pages.managed(groups, course.groupId(), Forms.signedIn());
        return course;
    }
}
