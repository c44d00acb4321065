package org.convener.organising;

import java.util.LinkedHashMap;
import java.util.Map;
import org.convener.people.PersonRecords;
import org.convener.platform.CurrentUser;
import org.convener.platform.accounts.Accounts;
import org.springframework.stereotype.Component;

/**
 * For a subject access request: a person's RSVPs and attendance, candidacies, education and group
 * calendar feeds, and their self-declared background only when they export it themself. For
 * erasure: the background, RSVPs, what a candidacy says about them and their feeds go; that they
 * were at a meeting or a session, enrolled, or in a pipeline stays as an anonymous fact.
 */
@Component
class OrganisingRecords implements PersonRecords {

    private final MeetingStore meetings;
    private final PipelineStore pipeline;
    private final Courses courses;
    private final Accounts accounts;

    OrganisingRecords(MeetingStore meetings, PipelineStore pipeline, Courses courses, Accounts accounts) {
        this.meetings = meetings;
        this.pipeline = pipeline;
        this.courses = courses;
        this.accounts = accounts;
    }

    @Override
    public Map<String, Object> about(long personId) {
        var data = new LinkedHashMap<String, Object>();
        data.put(
                "meetingAnswers",
                meetings.rsvpsOf(personId).stream()
                        .map(r -> Map.of("meeting", r[0], "at", r[1], "answer", r[2]))
                        .toList());
        data.put(
                "meetingsAttended",
                meetings.attendedBy(personId).stream()
                        .map(r -> Map.of("meeting", r[0], "at", r[1]))
                        .toList());
        data.put(
                "candidacies",
                pipeline.ofPerson(personId).stream().map(this::candidacy).toList());
        boolean own = CurrentUser.get().map(u -> u.isPerson(personId)).orElse(false);
        var background = pipeline.background(personId);
        if (background.isEmpty()) {
            data.put("selfDeclaredBackground", "none");
        } else if (own) {
            var b = background.get();
            var row = new LinkedHashMap<String, Object>();
            row.put("workingClass", b.workingClassLabel());
            row.put("freeSchoolMeals", b.freeSchoolMeals());
            row.put("firstInFamilyAtUniversity", b.firstGeneration());
            row.put("occupation", b.occupation());
            row.put("tradeUnion", b.tradeUnion());
            row.put("inOwnWords", b.inOwnWords());
            row.put("consentGiven", b.consentedAt().toString());
            row.put("consentWording", b.consentWording());
            data.put("selfDeclaredBackground", row);
        } else {
            data.put(
                    "selfDeclaredBackground",
                    "held; only the person sees it in their export (and the organisers running their group's candidate"
                            + " pipeline on its pages)");
        }
        data.put(
                "education",
                courses.recordOf(personId).stream()
                        .map(p -> {
                            var row = new LinkedHashMap<String, Object>();
                            row.put("course", p.course().title());
                            row.put("enrolled", p.enrolled());
                            row.put("sessionsAttended", p.attended());
                            row.put("sessions", p.sessions());
                            row.put(
                                    "completedOn",
                                    p.completedOn() == null
                                            ? null
                                            : p.completedOn().toString());
                            return row;
                        })
                        .toList());
        data.put(
                "groupCalendarFeeds",
                accounts.forPerson(personId)
                        .map(a -> meetings.liveFeeds(a.id()))
                        .orElse(0));
        return data;
    }

    @Override
    public void erase(long personId) {
        pipeline.deleteBackground(personId);
        pipeline.eraseCandidacies(personId);
        meetings.deleteRsvps(personId);
        accounts.forPerson(personId).ifPresent(a -> meetings.deleteFeeds(a.id()));
    }

    private Map<String, Object> candidacy(Candidate c) {
        var row = new LinkedHashMap<String, Object>();
        row.put("group", c.groupId());
        row.put("office", c.office().label());
        row.put("aim", c.aim());
        row.put("stage", c.stage().label());
        row.put(
                "moves",
                pipeline.moves(c.id()).stream()
                        .map(m -> Map.of("to", m.to().label(), "on", m.on().toString(), "why", m.reason()))
                        .toList());
        row.put(
                "plan",
                pipeline.plan(c.id()).stream()
                        .map(s -> Map.of("step", s.title(), "due", s.dueOn().toString()))
                        .toList());
        row.put(
                "training",
                pipeline.training(c.id()).stream()
                        .map(t -> Map.of(
                                "training", t.title(), "on", t.completedOn().toString()))
                        .toList());
        row.put(
                "support",
                pipeline.support(c.id()).stream()
                        .map(n -> {
                            var need = new LinkedHashMap<String, Object>();
                            need.put("kind", n.kind().label());
                            need.put("detail", n.detail());
                            return need;
                        })
                        .toList());
        return row;
    }
}
