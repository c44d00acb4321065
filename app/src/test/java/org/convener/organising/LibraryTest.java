package org.convener.organising;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.convener.ConvenerTest;
import org.convener.DemoData;
import org.convener.demo.Demo;
import org.convener.groups.Groups;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.imports.DatasetImports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The research library: search inside PDFs, documents kept to their caucuses, uploads checked by content and size. */
@ConvenerTest
class LibraryTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    Groups groups;

    @Autowired
    Accounts accounts;

    @Autowired
    OrganisingSettings settings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    DatasetImports imports;

    @Autowired
    Demo demo;

    @Autowired
    CommandLineInterface cli;

    @BeforeEach
    void demo() {
        DemoData.loaded(imports, demo, accounts, cli);
    }

    private MvcResult upload(
            MockHttpSession session, String title, String fileName, byte[] content, String visibility, long... caucuses)
            throws Exception {
        var request = multipart("/library")
                .file(new MockMultipartFile("file", fileName, "application/pdf", content))
                .with(csrf())
                .session(session)
                .param("title", title)
                .param("kind", "FOCUS_GROUP")
                .param("source", "A test think tank")
                .param("publishedOn", "2026-10-01")
                .param("visibility", visibility);
        for (long caucus : caucuses) {
            request.param("caucusIds", String.valueOf(caucus));
        }
        return mvc.perform(request).andReturn();
    }

    private static long id(MvcResult result) {
        String to = result.getResponse().getRedirectedUrl();
        assertThat(to).as(String.valueOf(result.getFlashMap().get("error"))).matches("/library/[0-9]+");
        return Long.parseLong(to.substring("/library/".length()));
    }

    @Test
    void searchFindsAPhraseInsideAnUploadedPdf() throws Exception {
        int n = SERIAL.incrementAndGet();
        var convener = DemoData.signIn(mvc, DemoData.CONVENER);
        long redWall = groups.find(Demo.RED_WALL).orElseThrow().id();
        byte[] pdf = TestFiles.pdf(
                "Memo " + n,
                "Voters in the towns said the bus to the hospital zanzibarqueue" + n
                        + " was the first thing they noticed.",
                "Nothing else here.");
        long id = id(upload(convener, "Transport memo " + n, "memo.pdf", pdf, "CAUCUSES", redWall));

        String found = mvc.perform(get("/library")
                        .param("q", "\"bus to the hospital zanzibarqueue" + n + "\"")
                        .session(convener))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(found).contains("Transport memo " + n, "href=\"/library/" + id + "\"", "<mark>");
        String words = mvc.perform(
                        get("/library").param("q", "hospital zanzibarqueue" + n).session(convener))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(words).contains("Transport memo " + n);
        String wrongOrder = mvc.perform(get("/library")
                        .param("q", "\"zanzibarqueue" + n + " hospital bus\"")
                        .session(convener))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(wrongOrder).as("a phrase is matched as a phrase").doesNotContain("Transport memo " + n);
        // a visitor does not find what is kept for a caucus
        String anonymous = mvc.perform(get("/library").param("q", "hospital zanzibarqueue" + n))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(anonymous).doesNotContain("Transport memo " + n);
    }

    @Test
    void aDocumentKeptForOneCaucusIsRefusedToAMemberOfAnotherOnItsPageAndItsDownload() throws Exception {
        int n = SERIAL.incrementAndGet();
        // the Labour Growth Group's document: the demo MP is a member of it, the Red Wall convener is not
        long growth = groups.find(Demo.GROWTH).orElseThrow().id();
        var admin = DemoData.signIn(mvc, DemoData.ADMIN);
        long id = id(upload(admin, "Growth memo " + n, "growth.pdf", TestFiles.pdf("Growth " + n), "CAUCUSES", growth));

        var convener = DemoData.signIn(mvc, DemoData.CONVENER);
        var page =
                mvc.perform(get("/library/" + id).session(convener)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(403);
        assertThat(page.getContentAsString()).doesNotContain("Growth memo " + n);
        var download = mvc.perform(get("/library/" + id + "/file").session(convener))
                .andReturn()
                .getResponse();
        assertThat(download.getStatus()).isEqualTo(403);
        assertThat(download.getContentAsString()).doesNotStartWith("%PDF");
        assertThat(mvc.perform(get("/library").session(convener))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("Growth memo " + n);
        var anonymous = mvc.perform(get("/library/" + id + "/file")).andReturn().getResponse();
        assertThat(anonymous.getRedirectedUrl()).endsWith("/login");

        int before = downloads(id);
        var mp = DemoData.signIn(mvc, DemoData.MEMBER_MP);
        assertThat(mvc.perform(get("/library/" + id).session(mp))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Growth memo " + n);
        var file = mvc.perform(get("/library/" + id + "/file").session(mp))
                .andReturn()
                .getResponse();
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getContentType()).isEqualTo("application/pdf");
        assertThat(file.getContentAsByteArray()).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(downloads(id))
                .as("the restricted download is in the audit log")
                .isEqualTo(before + 1);
    }

    private int downloads(long id) {
        return jdbc.queryForObject(
                "select count(*) from platform.audit_event where entity_type = 'document' and action = 'downloaded' and entity_id = ?",
                Integer.class,
                String.valueOf(id));
    }

    @Test
    void uploadsOfTheWrongTypeOrOverTheLimitAreRefusedWithAClearMessageAndLeaveNothing() throws Exception {
        var convener = DemoData.signIn(mvc, DemoData.CONVENER);
        long redWall = groups.find(Demo.RED_WALL).orElseThrow().id();
        int documents = jdbc.queryForObject("select count(*) from organising.document", Integer.class);
        int files = jdbc.queryForObject("select count(*) from organising.stored_file", Integer.class);

        var text = upload(
                convener,
                "Not a PDF",
                "report.pdf",
                "Just some text with a PDF's name.".getBytes(StandardCharsets.UTF_8),
                "CAUCUSES",
                redWall);
        assertThat(text.getResponse().getRedirectedUrl()).isEqualTo("/library/new");
        assertThat((String) text.getFlashMap().get("error"))
                .contains("\"report.pdf\" is not a file type the library takes")
                .contains("PDF, Word");

        byte[] large = new byte[(int) settings.limit().toBytes() + 1];
        Arrays.fill(large, (byte) ' ');
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 9);
        var over = upload(convener, "Too big", "big.pdf", large, "CAUCUSES", redWall);
        assertThat((String) over.getFlashMap().get("error"))
                .contains("\"big.pdf\" is too large", "files up to 10.0 MB are accepted");

        var broken = upload(
                convener,
                "Broken",
                "broken.pdf",
                "%PDF-1.4 but nothing after".getBytes(StandardCharsets.US_ASCII),
                "CAUCUSES",
                redWall);
        assertThat((String) broken.getFlashMap().get("error")).contains("could not be read as one");

        var elsewhere = upload(
                convener,
                "Elsewhere",
                "ok.pdf",
                TestFiles.pdf("ok"),
                "CAUCUSES",
                groups.find(Demo.BLUE_LABOUR).orElseThrow().id());
        assertThat((String) elsewhere.getFlashMap().get("error")).contains("nclude a caucus you are an officer of");

        assertThat(jdbc.queryForObject("select count(*) from organising.document", Integer.class))
                .isEqualTo(documents);
        assertThat(jdbc.queryForObject("select count(*) from organising.stored_file", Integer.class))
                .isEqualTo(files);

        // a member may not upload at all
        var member = DemoData.signIn(mvc, DemoData.MEMBER);
        assertThat(upload(member, "Mine", "m.pdf", TestFiles.pdf("m"), "MEMBERS")
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void theDemoMemoIsFoundByAPhraseInsideItAndCitedByItsAsk() throws Exception {
        var convener = DemoData.signIn(mvc, DemoData.CONVENER);
        String found = mvc.perform(
                        get("/library").param("q", "\"insurance-based system\"").session(convener))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(found).contains("Focus groups: Labour voters considering Reform UK (illustrative)");
        var member = DemoData.signIn(mvc, DemoData.MEMBER);
        assertThat(mvc.perform(get("/library")
                                .param("q", "\"insurance-based system\"")
                                .session(member))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .as("a local group's member is in no caucus")
                .doesNotContain("Focus groups: Labour voters");
    }
}
