package org.convener.organising;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import org.convener.ConvenerTest;
import org.convener.DemoData;
import org.convener.demo.Demo;
import org.convener.groups.Groups;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.imports.DatasetImports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Political education: completion follows attendance, and shows on the member's record and the group's page. */
@ConvenerTest
class CoursesTest {

    @Autowired
    Courses courses;

    @Autowired
    Groups groups;

    @Autowired
    Accounts accounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    DatasetImports imports;

    @Autowired
    Demo demo;

    @Autowired
    CommandLineInterface cli;

    Fixture f;
    LocalDate today;

    @BeforeEach
    void group() {
        DemoData.loaded(imports, demo, accounts, cli);
        f = Fixture.localGroup(groups, accounts, 3);
        today = courses.today();
    }

    @Test
    void aCourseIsCompletedWhenTheSessionsItAsksForAreAttendedAndNotBefore() throws Exception {
        var a = f.members.get(0).personId();
        var b = f.members.get(1).personId();
        var c = f.members.get(2).personId();
        Course course =
                AuditActor.as("test", () -> courses.create(f.group.id(), "Political economy", null, true, null));
        var first = AuditActor.as(
                "test",
                () -> courses.addSession(course.id(), "Value", Fixture.at(today.minusDays(14), 19), null, null));
        var second = AuditActor.as(
                "test",
                () -> courses.addSession(course.id(), "Crisis", Fixture.at(today.minusDays(7), 19), null, null));
        var third = AuditActor.as(
                "test", () -> courses.addSession(course.id(), "Alternatives", Fixture.at(today, 19), null, null));
        AuditActor.as("test", () -> {
            courses.enrol(course.id(), a);
            courses.enrol(course.id(), b);
            courses.takeAttendance(first.id(), List.of(a, b));
            courses.takeAttendance(second.id(), List.of(a, b));
        });
        assertThat(courses.completions(course.id())).as("two of three sessions").isEmpty();
        AuditActor.as("test", () -> courses.takeAttendance(third.id(), List.of(a, c)));
        assertThat(courses.completions(course.id())).containsOnlyKeys(a).containsEntry(a, today);
        assertThat(courses.attendedCounts(course.id()))
                .containsEntry(a, 3)
                .containsEntry(b, 2)
                .containsEntry(c, 1);
        // attending enrols: c came to the last session without enrolling first
        assertThat(courses.enrolled(course.id())).contains(c);
        // and who has not yet done a recommended course, for the organisers
        assertThat(courses.notYetDone(course.id()))
                .contains(b, c, f.organiser.personId())
                .doesNotContain(a);

        // a correction to the register undoes the completion
        AuditActor.as("test", () -> courses.takeAttendance(third.id(), List.of(c)));
        assertThat(courses.completions(course.id())).isEmpty();
        AuditActor.as("test", () -> courses.takeAttendance(third.id(), List.of(a, c)));

        // the member's record and the group's page show it
        var session = DemoData.signIn(mvc, f.members.get(0).email());
        String record = mvc.perform(get("/people/" + a + "/education").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(record).contains("Political economy", "completed");
        String other = mvc.perform(get("/people/" + b + "/education").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(other).as("another member's record is not theirs to read").doesNotContain("Political economy");
        String section = mvc.perform(
                        get("/groups/" + f.group.slug() + "/organising").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(section)
                .contains(
                        "Political economy", "completed by " + f.members.get(0).name());
        var organiser = DemoData.signIn(mvc, f.organiser.email());
        String page = mvc.perform(get("/courses/" + course.id()).session(organiser))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "Not yet done",
                        f.members.get(1).name(),
                        f.members.get(2).name());
    }

    @Test
    void aCourseMayAskForFewerSessionsThanItHas() {
        var a = f.members.get(0).personId();
        Course course = AuditActor.as("test", () -> courses.create(f.group.id(), "Organising 101", null, false, 1));
        var first = AuditActor.as(
                "test", () -> courses.addSession(course.id(), "One", Fixture.at(today.minusDays(3), 19), null, null));
        AuditActor.as(
                "test", () -> courses.addSession(course.id(), "Two", Fixture.at(today.plusDays(3), 19), null, null));
        AuditActor.as("test", () -> courses.takeAttendance(first.id(), List.of(a)));
        assertThat(courses.completions(course.id())).containsEntry(a, today.minusDays(3));
        assertThat(courses.recordOf(a)).singleElement().satisfies(p -> {
            assertThat(p.completed()).isTrue();
            assertThat(p.attended()).isEqualTo(1);
            assertThat(p.sessions()).isEqualTo(2);
        });
    }
}
