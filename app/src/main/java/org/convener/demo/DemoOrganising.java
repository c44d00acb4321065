package org.convener.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.convener.engagements.Asks;
import org.convener.engagements.Topics;
import org.convener.groups.Group;
import org.convener.organising.Background;
import org.convener.organising.Candidate;
import org.convener.organising.Course;
import org.convener.organising.Courses;
import org.convener.organising.DocumentKind;
import org.convener.organising.Library;
import org.convener.organising.LinkTarget;
import org.convener.organising.Meeting;
import org.convener.organising.MeetingKind;
import org.convener.organising.Meetings;
import org.convener.organising.Office;
import org.convener.organising.Pipeline;
import org.convener.organising.RsvpAnswer;
import org.convener.organising.Stage;
import org.convener.organising.SupportKind;
import org.convener.organising.Visibility;
import org.convener.people.People;
import org.convener.shared.Format;
import org.springframework.stereotype.Component;

/**
 * The demonstration's grassroots side, dated from the day it is loaded so that it stays alive: the
 * Derby group's meetings (one with approved minutes and action points, one whose draft minutes wait
 * for approval, one held today, one coming up), public community events, a course whose last
 * session is today, two candidates in the pipeline, and a focus-group memo in the research library.
 * Everything is invented and labelled illustrative.
 */
@Component
class DemoOrganising {

    /** The phrase a new user finds the memo by. */
    static final String MEMO_PHRASE = "insurance-based system";

    private final Meetings meetings;
    private final Pipeline pipeline;
    private final Courses courses;
    private final Library library;
    private final People people;
    private final Asks asks;
    private final Topics topics;
    private final Clock clock;

    DemoOrganising(
            Meetings meetings,
            Pipeline pipeline,
            Courses courses,
            Library library,
            People people,
            Asks asks,
            Topics topics,
            Clock clock) {
        this.meetings = meetings;
        this.pipeline = pipeline;
        this.courses = courses;
        this.library = library;
        this.people = people;
        this.asks = asks;
        this.topics = topics;
        this.clock = clock;
    }

    void load(Group derby, Group doncaster, Group redWall) {
        LocalDate today = meetings.today();
        long maya = person(DemoActivists.DERBY.get(0));
        long tom = person(DemoActivists.DERBY.get(1));
        long priya = person(DemoActivists.DERBY.get(2));
        long gareth = person(DemoActivists.DERBY.get(3));
        long hannah = person(DemoActivists.DERBY.get(4));
        long kwame = person(DemoActivists.DERBY.get(5));
        long aisha = person(DemoActivists.DERBY.get(8));

        Meeting october = meeting(
                derby,
                MeetingKind.MEETING,
                "Monthly meeting",
                today.minusDays(42),
                "Derby Trades Hall, Room 2",
                null,
                "Welcome and apologies\nReport back from the branch meetings\nVacant posts: who will stand?\nCommunity work this winter\nAny other business");
        meetings.takeAttendance(october.id(), List.of(maya, tom, priya, gareth, hannah));
        meetings.writeMinutes(
                october.id(),
                "Present: five members (illustrative).\n1. Branch reports: Abbey and Arboretum branches each have a vacant secretary post.\n"
                        + "2. Agreed that members will put themselves forward for the vacant posts.\n"
                        + "3. Community work: a litter pick and a stall before Christmas.");
        meetings.decide(october.id(), "Members will stand for the vacant branch posts.");
        meetings.decide(october.id(), "Hold a litter pick and a Saturday stall before Christmas.");
        meetings.addActionPoint(october.id(), "Draft the stall leaflet", hannah, today.minusDays(28));
        meetings.addActionPoint(october.id(), "Book the litter-pick kit from the council", gareth, today.minusDays(30));

        Meeting november = meeting(
                derby,
                MeetingKind.MEETING,
                "Monthly meeting",
                today.minusDays(14),
                "Derby Trades Hall, Room 2",
                "https://meet.example.org/derby-red-labour",
                "Minutes of the last meeting\nCandidate pipeline: who wants to stand in May?\nPolitical education course\nAny other business");
        meetings.takeAttendance(november.id(), List.of(maya, tom, priya, hannah, kwame, aisha));
        meetings.approveMinutes(october.id(), 1, november.id());
        meetings.writeMinutes(
                november.id(),
                "Present: six members (illustrative).\n1. The minutes of the October meeting were approved.\n"
                        + "2. Two members want to stand: Tom for the council, Priya for the CLP.");
        meetings.writeMinutes(
                november.id(),
                "Present: six members (illustrative).\n1. The minutes of the October meeting were approved.\n"
                        + "2. Two members want to stand: Tom for the council (Abbey ward), Priya for CLP secretary.\n"
                        + "3. The Labour history course starts this month; everyone is encouraged to enrol.");
        meetings.decide(november.id(), "Support Tom and Priya through the candidate pipeline.");
        meetings.addActionPoint(
                november.id(), "Ask the union branch about help with candidates' costs", maya, today.plusDays(7));
        meetings.addActionPoint(november.id(), "Find a venue for the course's last session", priya, today.minusDays(2));

        Meeting committee = meeting(
                derby,
                MeetingKind.MEETING,
                "Organising committee",
                today,
                null,
                "https://meet.example.org/derby-committee",
                "Minutes of the November meeting\nThe stall rota\nThe pipeline");
        // answers are taken until the meeting's day is over: the past meetings have attendance only
        List.of(maya, tom, priya).forEach(p -> meetings.rsvp(committee.id(), p, RsvpAnswer.YES));
        meetings.rsvp(committee.id(), gareth, RsvpAnswer.NO);

        Meeting december = meeting(
                derby,
                MeetingKind.MEETING,
                "Monthly meeting",
                today.plusDays(14),
                "Derby Trades Hall, Room 2",
                null,
                "Minutes of the last meeting\nReport from the stall\nCandidates: progress\nPlans for the new year");
        meetings.rsvp(december.id(), maya, RsvpAnswer.YES);
        meetings.rsvp(december.id(), tom, RsvpAnswer.MAYBE);

        publicEvent(
                derby,
                MeetingKind.LITTER_PICK,
                "Litter pick on the Brook Walk",
                today.plusDays(6),
                "Meet at the Brook Walk gates, Derby");
        publicEvent(
                derby,
                MeetingKind.STALL,
                "Saturday stall: the cost of living",
                today.plusDays(12),
                "Market Place, Derby");
        publicEvent(
                doncaster,
                MeetingKind.ADVICE_SURGERY,
                "Benefits advice surgery",
                today.plusDays(9),
                "Bentley Library, Doncaster");

        // a course whose last session is today, so attendance can complete it
        Course history = courses.create(
                derby.id(),
                "Labour history: from Taff Vale to 1945 (illustrative)",
                "Three evenings on how the labour movement built its party, with readings for each.",
                true,
                null);
        var first = courses.addSession(
                history.id(),
                "Unions and the birth of the party",
                at(today.minusDays(28), 19),
                "Derby Trades Hall",
                maya);
        var second = courses.addSession(
                history.id(), "1926 and after", at(today.minusDays(14), 19), "Derby Trades Hall", tom);
        courses.addSession(history.id(), "1945: building the welfare state", at(today, 19), "Derby Trades Hall", maya);
        courses.addLink(
                first.id(),
                "Reading: the Taff Vale judgment (illustrative link)",
                "https://www.example.org/readings/taff-vale");
        courses.addLink(
                second.id(),
                "Reading: the General Strike (illustrative link)",
                "https://www.example.org/readings/1926");
        List.of(tom, priya, hannah, kwame, aisha).forEach(p -> courses.enrol(history.id(), p));
        courses.takeAttendance(first.id(), List.of(tom, priya, hannah, kwame));
        courses.takeAttendance(second.id(), List.of(tom, priya, aisha));

        // two candidates, one with a mentor, a plan, training and a need
        Candidate tomCandidate = pipeline.enter(
                derby.id(), tom, Office.COUNCIL, "Derby City Council, Abbey ward (illustrative)", today.minusDays(40));
        pipeline.move(
                tomCandidate.id(), Stage.DEVELOPING, today.minusDays(13), "agreed a plan at the November meeting");
        pipeline.mentor(tomCandidate.id(), maya);
        pipeline.addStep(tomCandidate.id(), "Shadow a councillor's surgery", today.plusDays(10));
        pipeline.addStep(tomCandidate.id(), "Speak at a branch meeting", today.plusDays(30));
        pipeline.addTraining(tomCandidate.id(), "Union public-speaking course (illustrative)", today.minusDays(60));
        pipeline.addNeed(tomCandidate.id(), SupportKind.CHILDCARE, "Evening meetings: childcare for two children");
        pipeline.declare(
                tom,
                new Background(
                        tom,
                        "YES",
                        true,
                        true,
                        "Warehouse team leader",
                        "GMB",
                        "Left school at 16; union rep since 2019. (Illustrative.)",
                        null,
                        null,
                        null),
                true);
        Candidate priyaCandidate =
                pipeline.enter(derby.id(), priya, Office.PARTY_OFFICE, "CLP secretary (illustrative)");
        pipeline.addStep(priyaCandidate.id(), "Take minutes at a branch meeting", today.plusDays(20));
        pipeline.declare(
                priya,
                new Background(priya, "UNSURE", false, true, "Care worker", "UNISON", null, null, null, null),
                true);

        memo(redWall);
    }

    private long person(DemoActivists.Activist activist) {
        return people.findByEmail(activist.email()).orElseThrow().id();
    }

    private Meeting meeting(
            Group group, MeetingKind kind, String title, LocalDate day, String place, String link, String agenda) {
        return meetings.schedule(
                new Meetings.Details(group.id(), kind, title, at(day, 19), 90, place, link, agenda, false));
    }

    private void publicEvent(Group group, MeetingKind kind, String title, LocalDate day, String place) {
        meetings.schedule(new Meetings.Details(group.id(), kind, title, at(day, 10), 120, place, null, null, true));
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(Format.LONDON).toInstant();
    }

    /** An invented focus-group memo, as a PDF, shared with the Red Wall Caucus and cited by its GP-access ask. */
    private void memo(Group redWall) {
        LocalDate published = meetings.today().minusDays(20);
        List<String> lines = List.of(
                "ILLUSTRATIVE: invented for the Convener demonstration. Not real research.",
                "",
                "Focus groups: 2024 Labour voters considering Reform UK",
                "Four groups, two in Derby and two in Doncaster (illustrative).",
                "",
                "What we heard",
                "- Participants trusted Labour more than Reform UK on the NHS and GP access.",
                "- When told that Reform figures had spoken of an insurance-based system for",
                "  health care, most said it would make them think again.",
                "- Delivery matters more than messages: 'show us the appointments'.",
                "",
                "What this suggests",
                "- Lead with GP appointments delivered, seat by seat.",
                "- Contrast a free NHS with an insurance-based system in plain words.");
        var topicIds = new ArrayList<Long>();
        topics.current().stream()
                .filter(t -> t.name().equals("GP access") || t.name().equals("Cost of living"))
                .forEach(t -> topicIds.add(t.id()));
        var document = library.add(
                Optional.empty(),
                new Library.Details(
                        "Focus groups: Labour voters considering Reform UK (illustrative)",
                        DocumentKind.FOCUS_GROUP,
                        "An illustrative think tank",
                        published,
                        Visibility.CAUCUSES,
                        List.of(redWall.id()),
                        topicIds,
                        true),
                "focus-groups-reform-nhs.pdf",
                pdf(lines));
        topics.current().stream()
                .filter(t -> t.name().equals("GP access"))
                .findFirst()
                .flatMap(t -> asks.of(Set.of(redWall.id()), t.id()).stream().findFirst())
                .ifPresent(ask -> library.link(Optional.empty(), document.id(), LinkTarget.ASK, ask.id()));
    }

    static byte[] pdf(List<String> lines) {
        try (var pdf = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            var page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (var text = new PDPageContentStream(pdf, page)) {
                text.beginText();
                text.setFont(font, 11);
                text.setLeading(16);
                text.newLineAtOffset(56, 780);
                for (String line : lines) {
                    text.showText(line);
                    text.newLine();
                }
                text.endText();
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
