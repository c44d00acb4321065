package org.convener.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringReader;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.convener.ConvenerTest;
import org.convener.DemoData;
import org.convener.demo.Demo;
import org.convener.groups.Group;
import org.convener.groups.Groups;
import org.convener.groups.Membership;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.audit.AuditLog;
import org.convener.platform.imports.DatasetImports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Open letters: who may sign and when, withdrawal, locking, and publication as a page, a PDF and a CSV. */
@ConvenerTest
class LettersTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final String CONFIRMED = "by email to the convener";

    @Autowired
    Letters letters;

    @Autowired
    Signatures signatures;

    @Autowired
    Groups groups;

    @Autowired
    People people;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    DatasetImports imports;

    @Autowired
    Demo demo;

    @Autowired
    Accounts accounts;

    @Autowired
    CommandLineInterface cli;

    Group redWall;
    Group growth;
    Group blueLabour;

    @BeforeEach
    void demo() {
        DemoData.loaded(imports, demo, accounts, cli);
        redWall = groups.find(Demo.RED_WALL).orElseThrow();
        growth = groups.find(Demo.GROWTH).orElseThrow();
        blueLabour = groups.find(Demo.BLUE_LABOUR).orElseThrow();
    }

    private Letter openLetter() {
        return AuditActor.as("test", () -> {
            Letter letter = letters.draft(
                    redWall.id(),
                    "Test letter " + SERIAL.incrementAndGet(),
                    "The Prime Minister",
                    "Dear Prime Minister,\n\nPlease act.\n\nYours,",
                    false);
            letters.invite(letter.id(), growth.id());
            return letters.open(letter.id());
        });
    }

    private List<Long> mps(Group caucus) {
        return groups.currentMemberships(caucus.id()).stream()
                .map(Membership::personId)
                .toList();
    }

    private Signature sign(Letter letter, long mp) {
        return AuditActor.as("test", () -> signatures.sign(letter.id(), mp, CONFIRMED));
    }

    @Test
    void anMpCannotSignTwiceNorSignADraftNorALockedLetter() {
        Letter draft = AuditActor.as("test", () -> letters.draft(redWall.id(), "Draft only", null, "Text.", false));
        long mp = mps(redWall).get(1);
        assertThatThrownBy(() -> sign(draft, mp))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("still a draft");

        Letter letter = openLetter();
        sign(letter, mp);
        assertThatThrownBy(() -> sign(letter, mp))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already signed");
        // the database refuses a second live signature too
        assertThatThrownBy(() -> jdbc.update("""
                insert into letters.signature (letter_id, person_id, signatory_name, caucuses, version, signed_at, recorded_by)
                values (?, ?, 'x', 'x', 1, now(), 'sql')""", letter.id(), mp)).isInstanceOf(DataAccessException.class);

        AuditActor.as("test", () -> letters.lock(letter.id()));
        long another = mps(redWall).get(2);
        assertThatThrownBy(() -> sign(letter, another))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("locked");
        assertThat(signatures.liveSignatures(letter.id()))
                .extracting(Signature::personId)
                .containsExactly(mp);
    }

    @Test
    void onlyMpsOfInvitedCaucusesMaySignAndAnOfficerMustSayHowTheMpConfirmed() {
        Letter letter = openLetter();
        long blueOnly = mps(blueLabour).stream()
                .filter(p -> !mps(redWall).contains(p) && !mps(growth).contains(p))
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> sign(letter, blueOnly)).hasMessageContaining("not an MP in a caucus invited to sign");
        Person activist = people.findByEmail("maya.okafor@example.org").orElseThrow();
        assertThatThrownBy(() -> sign(letter, activist.id())).hasMessageContaining("not an MP");
        long mp = mps(redWall).get(3);
        assertThatThrownBy(() -> AuditActor.as("test", () -> signatures.sign(letter.id(), mp, " ")))
                .hasMessageContaining("confirmed");

        AuditActor.as("test", () -> letters.invite(letter.id(), blueLabour.id()));
        Signature signature = sign(letter, blueOnly);
        assertThat(signature.caucuses()).isEqualTo(blueLabour.name());
        assertThat(signature.confirmation()).isEqualTo(CONFIRMED);
        assertThat(signatures.countsByCaucus(letters.find(letter.id()).orElseThrow()))
                .containsEntry(redWall.name(), 0)
                .containsEntry(growth.name(), 0)
                .containsEntry(blueLabour.name(), 1);
    }

    @Test
    void aWithdrawnSignatureStaysInTheHistoryAndCanNoLongerBeWithdrawnOnceLocked() {
        Letter letter = openLetter();
        long first = mps(redWall).get(4);
        long second = mps(redWall).get(5);
        Signature signed = sign(letter, first);
        sign(letter, second);

        AuditActor.as("test", () -> signatures.withdraw(signed.id(), "changed their mind"));

        var all = signatures.signatures(letter.id());
        assertThat(all).hasSize(2);
        Signature withdrawn =
                all.stream().filter(s -> s.id() == signed.id()).findFirst().orElseThrow();
        assertThat(withdrawn.live()).isFalse();
        assertThat(withdrawn.withdrawnBy()).isEqualTo("test");
        assertThat(withdrawn.withdrawalNote()).isEqualTo("changed their mind");
        assertThat(withdrawn.signedAt()).isEqualTo(signed.signedAt());
        assertThat(signatures.liveSignatures(letter.id()))
                .extracting(Signature::personId)
                .containsExactly(second);
        assertThat(audit.about(AuditLog.person(first)))
                .extracting(r -> r.action())
                .contains("signed", "withdrew");

        // signing again after withdrawing is a new signature; the old one stays
        sign(letter, first);
        assertThat(signatures.signatures(letter.id())).hasSize(3);

        AuditActor.as("test", () -> letters.lock(letter.id()));
        long liveId = signatures.liveSignatures(letter.id()).get(0).id();
        assertThatThrownBy(() -> AuditActor.as("test", () -> signatures.withdraw(liveId, null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("locked");
        // and the database holds the line whatever the application does
        assertThatThrownBy(() -> jdbc.update("update letters.signature set withdrawn_at = now() where id = ?", liveId))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("is locked");
        assertThatThrownBy(() ->
                        jdbc.update("update letters.version set body = 'changed' where letter_id = ?", letter.id()))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("is locked");
    }

    @Test
    void theTextCanBeRevisedOnlyBeforeAnyoneSignsAndEveryVersionIsKept() {
        Letter letter = openLetter();
        AuditActor.as("test", () -> letters.revise(letter.id(), letter.title(), "The Chancellor", "A better text."));
        Letter revised = letters.find(letter.id()).orElseThrow();
        assertThat(revised.versions()).hasSize(2);
        assertThat(revised.current().body()).isEqualTo("A better text.");
        assertThat(revised.versions().get(0).body()).contains("Please act.");

        Signature signature = sign(revised, mps(redWall).get(6));
        assertThat(signature.version()).isEqualTo(2);
        assertThatThrownBy(
                        () -> AuditActor.as("test", () -> letters.revise(letter.id(), "New", null, "Sneaky change.")))
                .hasMessageContaining("cannot change under their names");
        assertThatThrownBy(() -> AuditActor.as("test", () -> letters.publish(letter.id())))
                .hasMessageContaining("lock the letter");
        AuditActor.as("test", () -> letters.lock(letter.id()));
        long ask = jdbc.queryForObject(
                "select min(id) from engagements.ask where caucus_id = ?", Long.class, redWall.id());
        assertThatThrownBy(() -> AuditActor.as("test", () -> letters.linkAsk(letter.id(), ask)))
                .hasMessageContaining("link its asks before locking");
    }

    @Test
    void anMpSignsAsThemselvesAndSeesTheirSignature() throws Exception {
        Letter letter = openLetter();
        long catherine = accounts.find(DemoData.MEMBER_MP).orElseThrow().personId();
        var session = DemoData.signIn(mvc, DemoData.MEMBER_MP);
        String page = mvc.perform(get("/letters/" + letter.id()).session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Sign this letter");

        var signed = mvc.perform(
                        post("/letters/" + letter.id() + "/sign").with(csrf()).session(session))
                .andReturn()
                .getResponse();
        assertThat(signed.getRedirectedUrl()).isEqualTo("/letters/" + letter.id());
        Signature signature = signatures.liveSignatures(letter.id()).get(0);
        assertThat(signature.personId()).isEqualTo(catherine);
        assertThat(signature.recordedBy()).isEqualTo(DemoData.MEMBER_MP);
        assertThat(signature.confirmation()).isNull();
        assertThat(signature.constituency()).isEqualTo("Derby North");
        assertThat(signature.caucuses()).isEqualTo(redWall.name() + "; " + growth.name());

        mvc.perform(post("/letters/" + letter.id() + "/sign").with(csrf()).session(session));
        assertThat(signatures.liveSignatures(letter.id())).hasSize(1);
        // the member MP does not run the letter
        assertThat(mvc.perform(post("/letters/" + letter.id() + "/lock")
                                .with(csrf())
                                .session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void aPublishedLetterIsForEveryoneAsAPageAPdfWithEverySignatoryAndACsv() throws Exception {
        Letter letter = openLetter();
        AuditActor.as("test", () -> letters.invite(letter.id(), blueLabour.id()));
        long welsh = people.findByNameAndConstituency("Steve Witherden", "W07000102")
                .get(0)
                .id();
        var signers = new java.util.LinkedHashSet<Long>();
        signers.add(welsh);
        signers.addAll(mps(redWall).subList(10, 16));
        signers.addAll(mps(growth).subList(0, 3));
        signers.addAll(mps(blueLabour).subList(0, 3));
        signers.forEach(mp -> sign(letter, mp));
        Signature gone = signatures.liveSignatures(letter.id()).get(2);
        AuditActor.as("test", () -> signatures.withdraw(gone.id(), null));
        String unpublished = "/open-letters/" + letter.id();
        assertThat(mvc.perform(get(unpublished)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get(unpublished + "/letter.pdf"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);

        AuditActor.as("test", () -> letters.lock(letter.id()));
        AuditActor.as("test", () -> letters.publish(letter.id()));
        var live = signatures.liveSignatures(letter.id());
        assertThat(live).hasSize(signers.size() - 1);

        var page = mvc.perform(get(unpublished)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Signed by " + live.size() + " MPs", "Please act.");

        var pdf = mvc.perform(get(unpublished + "/letter.pdf")).andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        String text;
        try (var document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            // table cells wrap long constituency names onto two lines
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(letter.title());
        }
        assertThat(text)
                .contains(
                        letter.title(),
                        "Please act.",
                        "Signed by " + live.size() + " MPs",
                        "Montgomeryshire and Glyndŵr");
        for (Signature s : live) {
            assertThat(text).as("the PDF names " + s.name()).contains(s.name());
            assertThat(text).contains(s.constituency());
        }
        assertThat(text).doesNotContain(gone.name());
        assertThat(text).doesNotContain("DRAFT");

        var csv = mvc.perform(get(unpublished + "/signatories.csv")).andReturn().getResponse();
        var records = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.getContentAsString()))
                .getRecords();
        assertThat(records)
                .extracting(r -> r.get("name"))
                .containsExactlyElementsOf(live.stream().map(Signature::name).toList());
        assertThat(records).extracting(r -> r.get("constituency")).contains("Montgomeryshire and Glyndŵr");
        assertThat(records)
                .filteredOn(r -> r.get("caucuses").contains(blueLabour.name()))
                .isNotEmpty();
    }
}
