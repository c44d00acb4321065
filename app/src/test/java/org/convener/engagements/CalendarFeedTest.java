package org.convener.engagements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringReader;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.convener.ConvenerTest;
import org.convener.DemoData;
import org.convener.demo.Demo;
import org.convener.groups.Groups;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.imports.DatasetImports;
import org.convener.shared.Format;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The calendar feed of upcoming engagements, read back with ical4j as a calendar program would. */
@ConvenerTest
class CalendarFeedTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CalendarFeeds feeds;

    @Autowired
    Engagements engagements;

    @Autowired
    Groups groups;

    @Autowired
    DatasetImports imports;

    @Autowired
    Demo demo;

    @Autowired
    Accounts accounts;

    @Autowired
    CommandLineInterface cli;

    @BeforeEach
    void demo() {
        DemoData.loaded(imports, demo, accounts, cli);
    }

    private Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private String address(org.springframework.mock.web.MockHttpSession session) throws Exception {
        var issued = mvc.perform(post("/account/calendar").with(csrf()).session(session))
                .andReturn();
        assertThat(issued.getResponse().getRedirectedUrl()).isEqualTo("/account/calendar");
        String address = (String) issued.getFlashMap().get("address");
        assertThat(address).matches("http://localhost/calendar/[A-Za-z0-9_-]{43}\\.ics");
        return address.substring("http://localhost".length());
    }

    @Test
    void theFeedParsesAndHoldsTheUpcomingEngagementsOfTheUsersCaucuses() throws Exception {
        var caucus = groups.find(Demo.RED_WALL).orElseThrow();
        var start = engagements.today().plusDays(3).atTime(LocalTime.of(14, 30)).atZone(Format.LONDON);
        var logged = AuditActor.as(
                "test",
                () -> engagements.log(new Engagements.Details(
                        caucus.id(),
                        EngagementKind.BRIEFING,
                        "Briefing on the spending review",
                        start.toInstant(),
                        90,
                        "Portcullis House",
                        "Confidential notes",
                        List.of(),
                        List.of())));
        var session = DemoData.signIn(mvc, DemoData.MEMBER_MP);
        String path = address(session);

        var response = mvc.perform(get(path)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/calendar");
        Calendar calendar = parse(response.getContentAsString());
        List<VEvent> events = calendar.getComponents("VEVENT");
        VEvent briefing = events.stream()
                .filter(e -> e.getUid().orElseThrow().getValue().equals("engagement-" + logged.id() + "@convener"))
                .findFirst()
                .orElseThrow();
        assertThat(briefing.getSummary().getValue()).isEqualTo("Briefing on the spending review");
        assertThat(briefing.getLocation().getValue()).isEqualTo("Portcullis House");
        ZonedDateTime begins = ZonedDateTime.parse(
                briefing.getDateTimeStart().getValue(),
                java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX"));
        assertThat(begins.toInstant()).isEqualTo(start.toInstant());
        assertThat(response.getContentAsString()).doesNotContain("Confidential notes");
        // the demo's speaker session is coming up too, and past engagements are left out
        assertThat(events)
                .extracting(e -> e.getSummary().getValue())
                .contains("Speaker session: the ground campaign")
                .doesNotContain("Meeting with the Leader of the House");
    }

    @Test
    void aRevokedOrReplacedAddressIsNotFound() throws Exception {
        var session = DemoData.signIn(mvc, DemoData.CONVENER);
        String first = address(session);
        assertThat(mvc.perform(get(first)).andReturn().getResponse().getStatus())
                .isEqualTo(200);

        String second = address(session);
        assertThat(mvc.perform(get(first)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get(second)).andReturn().getResponse().getStatus())
                .isEqualTo(200);

        mvc.perform(post("/account/calendar/revoke").with(csrf()).session(session));
        assertThat(mvc.perform(get(second)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/calendar/not-a-real-token.ics"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void aMemberOfNoCaucusGetsAnEmptyCalendar() throws Exception {
        var session = DemoData.signIn(mvc, DemoData.ORGANISER);
        Calendar calendar = parse(
                mvc.perform(get(address(session))).andReturn().getResponse().getContentAsString());
        assertThat(calendar.getComponents("VEVENT")).isEmpty();
    }
}
