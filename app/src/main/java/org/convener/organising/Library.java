package org.convener.organising;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.convener.engagements.Caucuses;
import org.convener.engagements.Topics;
import org.convener.groups.Group;
import org.convener.platform.CurrentUser;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.audit.AuditLog;
import org.convener.shared.Format;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The research library: focus-group reports, polling memos and briefings uploaded by officers, each
 * visible to chosen caucuses, to everyone signed in, or to the public; searched by title, source
 * and the text of its PDF; cited from asks, engagements and bulletins. Downloads of restricted
 * documents are audited.
 *
 * <p>This is also the small public API other modules use (the bulletins link documents with
 * {@link #link} and list them with {@link #linkedTo}); every read takes the viewer and returns only
 * what they may see.
 */
@Service
public class Library {

    public static final int PAGE_SIZE = 25;
    private static final int LARGEST_TEXT = 1_000_000;

    private final LibraryStore store;
    private final StoredFiles files;
    private final Caucuses caucuses;
    private final Topics topics;
    private final AuditLog audit;
    private final Clock clock;

    Library(LibraryStore store, StoredFiles files, Caucuses caucuses, Topics topics, AuditLog audit, Clock clock) {
        this.store = store;
        this.files = files;
        this.caucuses = caucuses;
        this.topics = topics;
        this.audit = audit;
        this.clock = clock;
    }

    /** What is needed to add a document, besides its file. */
    public record Details(
            String title,
            DocumentKind kind,
            String source,
            LocalDate publishedOn,
            Visibility visibility,
            Collection<Long> caucusIds,
            Collection<Long> topicIds,
            boolean illustrative) {}

    /** Who is looking, as the library's queries need it. */
    record Viewer(boolean signedIn, boolean everything, Set<Long> caucuses) {

        Map<String, Object> params() {
            var params = new LinkedHashMap<String, Object>();
            params.put("signedIn", signedIn);
            params.put("everything", everything);
            params.put("caucuses", "{" + caucuses.stream().map(String::valueOf).collect(Collectors.joining(",")) + "}");
            return params;
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Format.LONDON));
    }

    // ---- who may

    /** Officers of a caucus and administrators add documents. */
    public boolean canAdd(CurrentUser user) {
        return user.admin() || !caucuses.runBy(user).isEmpty();
    }

    /** Whether the viewer (empty: not signed in) may see a document. */
    public boolean canSee(Optional<CurrentUser> viewer, ResearchDocument document) {
        return switch (document.visibility()) {
            case PUBLIC -> true;
            case MEMBERS -> viewer.isPresent();
            case CAUCUSES ->
                viewer.map(u -> u.admin() || document.caucusIds().stream().anyMatch(c -> caucuses.canSee(u, c)))
                        .orElse(false);
        };
    }

    // ---- reading

    /** A document, if it exists and the viewer may see it. */
    public Optional<ResearchDocument> find(Optional<CurrentUser> viewer, long id) {
        return store.find(id).filter(d -> canSee(viewer, d));
    }

    /** Whether a document exists at all, so that a refusal can be told from a missing one. */
    public boolean exists(long id) {
        return store.find(id).isPresent();
    }

    /** The documents the viewer may see, newest first. */
    public List<ResearchDocument> visible(Optional<CurrentUser> viewer, Long topicId, int page) {
        return store.visible(viewer(viewer), topicId, PAGE_SIZE + 1, (Math.max(page, 1) - 1) * PAGE_SIZE);
    }

    /** Documents matching words or a "quoted phrase" in their title, source or text, best first. */
    public List<ResearchDocument.Found> search(Optional<CurrentUser> viewer, String query, Long topicId, int page) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        if (query.length() > 200) {
            throw new IllegalArgumentException("search for up to 200 characters");
        }
        return store.search(viewer(viewer), query.strip(), topicId, PAGE_SIZE + 1, (Math.max(page, 1) - 1) * PAGE_SIZE);
    }

    /** The documents cited by an ask, engagement or bulletin that the viewer may see. */
    public List<ResearchDocument> linkedTo(Optional<CurrentUser> viewer, LinkTarget target, long targetId) {
        return store.linkedTo(target, targetId).stream()
                .map(id -> find(viewer, id))
                .flatMap(Optional::stream)
                .toList();
    }

    /** Where a document is cited, as target kinds and ids. */
    public List<Object[]> linksOf(long documentId) {
        return store.linksOf(documentId);
    }

    /**
     * A document's file for a viewer who may see it; a restricted one's download is audited.
     *
     * @throws IllegalArgumentException when there is no such document or the viewer may not see it
     */
    @Transactional
    public byte[] download(Optional<CurrentUser> viewer, long id) {
        ResearchDocument document =
                find(viewer, id).orElseThrow(() -> new IllegalArgumentException("no such document"));
        if (document.restricted()) {
            audit.record(
                    "downloaded",
                    "document",
                    id,
                    null,
                    null,
                    Map.of(
                            "title",
                            document.title(),
                            "visibility",
                            document.visibility().name()));
        }
        return files.content(document.fileId());
    }

    public Map<Long, String> caucusNames() {
        var names = new LinkedHashMap<Long, String>();
        caucuses.all().forEach(c -> names.put(c.id(), c.name()));
        return names;
    }

    // ---- changing

    /**
     * Adds a document: the file is checked by its content and size, a PDF's text is read for search,
     * and all is kept in one transaction.
     *
     * @param by who adds it; empty for Convener's own tools (the demonstration)
     */
    @Transactional
    public ResearchDocument add(Optional<CurrentUser> by, Details details, String fileName, byte[] content) {
        if (by.isPresent() && !canAdd(by.get())) {
            throw new IllegalArgumentException("officers of a caucus add documents to the library");
        }
        String title = Fields.required(details.title(), 300, "a title");
        String source = Fields.required(details.source(), 200, "the source (who wrote or published it)");
        if (details.kind() == null) {
            throw new IllegalArgumentException("say what kind of document it is");
        }
        if (details.publishedOn() == null || details.publishedOn().isAfter(today())) {
            throw new IllegalArgumentException("give the date it was published, today or earlier");
        }
        if (details.visibility() == null) {
            throw new IllegalArgumentException("choose who may see it");
        }
        var chosen = new LinkedHashSet<Long>(details.caucusIds() == null ? List.of() : details.caucusIds());
        if (details.visibility() == Visibility.CAUCUSES) {
            if (chosen.isEmpty()) {
                throw new IllegalArgumentException("choose the caucuses that may see it");
            }
            for (long id : chosen) {
                caucuses.find(id).orElseThrow(() -> new IllegalArgumentException("no caucus " + id));
            }
            if (by.isPresent() && !by.get().admin() && chosen.stream().noneMatch(id -> caucuses.canRun(by.get(), id))) {
                throw new IllegalArgumentException("include a caucus you are an officer of");
            }
        } else {
            chosen.clear();
        }
        var topicIds = new LinkedHashSet<Long>(details.topicIds() == null ? List.of() : details.topicIds());
        for (long id : topicIds) {
            topics.find(id).orElseThrow(() -> new IllegalArgumentException("no topic " + id));
        }
        String name = fileName == null || fileName.isBlank() ? "document" : fileName.strip();
        name = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        StoredFile file = files.keep(name, content);
        String text = file.type() == FileType.PDF ? pdfText(name, content) : null;
        var checked = new Details(
                title,
                details.kind(),
                source,
                details.publishedOn(),
                details.visibility(),
                chosen,
                topicIds,
                details.illustrative());
        long id = store.insert(checked, file, name, text, AuditActor.who(), clock.instant());
        var values = new LinkedHashMap<String, Object>();
        values.put("title", title);
        values.put("source", source);
        values.put("visibility", details.visibility().name());
        values.put("caucuses", List.copyOf(chosen));
        values.put("file", file.sha256());
        audit.record("uploaded", "document", id, null, null, values);
        return store.find(id).orElseThrow();
    }

    /**
     * Cites a document from an ask, engagement or bulletin; the caller has checked that whoever acts
     * may change that (empty: Convener's own tools, such as the demonstration).
     */
    @Transactional
    public void link(Optional<CurrentUser> by, long documentId, LinkTarget target, long targetId) {
        (by.isPresent() ? find(by, documentId) : store.find(documentId))
                .orElseThrow(() -> new IllegalArgumentException("no such document"));
        if (store.linkedTo(target, targetId).contains(documentId)) {
            throw new IllegalArgumentException("that document is already linked");
        }
        store.link(documentId, target, targetId, AuditActor.who(), clock.instant());
        audit.record(
                "linked",
                "document",
                documentId,
                null,
                null,
                Map.of(target.name().toLowerCase(), targetId));
    }

    @Transactional
    public void unlink(long documentId, LinkTarget target, long targetId) {
        if (store.unlink(documentId, target, targetId) == 0) {
            throw new IllegalArgumentException("that document is not linked");
        }
        audit.record(
                "unlinked",
                "document",
                documentId,
                null,
                null,
                Map.of(target.name().toLowerCase(), targetId));
    }

    private Viewer viewer(Optional<CurrentUser> user) {
        return new Viewer(
                user.isPresent(),
                user.map(CurrentUser::admin).orElse(false),
                user.map(caucuses::seenBy).orElse(List.of()).stream()
                        .map(Group::id)
                        .collect(Collectors.toSet()));
    }

    /** The text of a PDF, for search; a PDF that cannot be read is refused, one without text kept without. */
    private static String pdfText(String name, byte[] content) {
        try (var pdf = Loader.loadPDF(content)) {
            if (pdf.isEncrypted()) {
                return null;
            }
            String text =
                    new PDFTextStripper().getText(pdf).replace('\u0000', ' ').strip();
            return text.length() > LARGEST_TEXT ? text.substring(0, LARGEST_TEXT) : text;
        } catch (IOException e) {
            throw new IllegalArgumentException("\"" + name
                    + "\" starts like a PDF but could not be read as one: save it again as PDF and upload that");
        }
    }
}
