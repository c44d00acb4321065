package org.convener.organising.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.convener.engagements.Asks;
import org.convener.engagements.Caucuses;
import org.convener.engagements.Engagements;
import org.convener.engagements.Topics;
import org.convener.organising.DocumentKind;
import org.convener.organising.Library;
import org.convener.organising.LinkTarget;
import org.convener.organising.ResearchDocument;
import org.convener.organising.Visibility;
import org.convener.platform.CurrentUser;
import org.convener.platform.Forms;
import org.convener.platform.Messages;
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
 * The research library: anyone sees and searches the public documents; signed-in users also those
 * for members and for their caucuses; officers upload. A restricted document is refused to those
 * who may not see it, on its page and its download alike.
 */
@Controller
class LibraryController {

    private final Library library;
    private final Topics topics;
    private final Caucuses caucuses;
    private final Asks asks;
    private final Engagements engagements;

    LibraryController(Library library, Topics topics, Caucuses caucuses, Asks asks, Engagements engagements) {
        this.library = library;
        this.topics = topics;
        this.caucuses = caucuses;
        this.asks = asks;
        this.engagements = engagements;
    }

    @GetMapping("/library")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long topic,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        var viewer = CurrentUser.get();
        boolean searching = q != null && !q.isBlank();
        List<ResearchDocument.Found> found;
        String problem = null;
        try {
            found = searching
                    ? library.search(viewer, q, topic, page)
                    : library.visible(viewer, topic, page).stream()
                            .map(d -> new ResearchDocument.Found(d, null))
                            .toList();
        } catch (IllegalArgumentException e) {
            found = List.of();
            problem = Messages.sentence(e.getMessage());
        }
        boolean more = found.size() > Library.PAGE_SIZE;
        model.addAttribute("found", more ? found.subList(0, Library.PAGE_SIZE) : found);
        model.addAttribute("more", more);
        model.addAttribute("page", Math.max(page, 1));
        model.addAttribute("q", q);
        model.addAttribute("topic", topic);
        model.addAttribute("searching", searching);
        model.addAttribute("topics", topics);
        model.addAttribute("canAdd", viewer.map(library::canAdd).orElse(false));
        model.addAttribute("signedIn", viewer.isPresent());
        model.addAttribute("problem", problem);
        return "organising/library";
    }

    @GetMapping("/library/new")
    String form(Model model) {
        CurrentUser user = Forms.signedIn();
        if (!library.canAdd(user)) {
            throw Pages.forbidden("Officers of a caucus add documents to the library.");
        }
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("visibilities", Visibility.values());
        model.addAttribute("caucuses", caucuses.all());
        model.addAttribute("runs", caucuses.runBy(user));
        model.addAttribute("topics", topics.current());
        model.addAttribute("today", library.today());
        return "organising/document-new";
    }

    @PostMapping("/library")
    String add(
            @RequestParam(required = false) String title,
            @RequestParam(required = false) DocumentKind kind,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String publishedOn,
            @RequestParam(required = false) Visibility visibility,
            @RequestParam(required = false) List<Long> caucusIds,
            @RequestParam(required = false) List<Long> topicIds,
            @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) {
        CurrentUser user = Forms.signedIn();
        if (!library.canAdd(user)) {
            throw Pages.forbidden("Officers of a caucus add documents to the library.");
        }
        try {
            byte[] content = file == null ? new byte[0] : file.getBytes();
            ResearchDocument document = library.add(
                    Optional.of(user),
                    new Library.Details(
                            title, kind, source, Forms.day(publishedOn, null), visibility, caucusIds, topicIds, false),
                    file == null ? null : file.getOriginalFilename(),
                    content);
            redirect.addFlashAttribute(
                    "notice",
                    "Added to the library"
                            + (document.hasText()
                                    ? "; its text is searchable."
                                    : document.type().name().equals("PDF")
                                            ? "; the PDF has no text to search (a scan?), so only its title and source are."
                                            : "."));
            return "redirect:/library/" + document.id();
        } catch (IllegalArgumentException | IOException e) {
            redirect.addFlashAttribute("error", Messages.sentence(e.getMessage()));
            return "redirect:/library/new";
        }
    }

    @GetMapping("/library/{id}")
    String document(@PathVariable long id, Model model) {
        var viewer = CurrentUser.get();
        Optional<ResearchDocument> found = library.find(viewer, id);
        if (found.isEmpty()) {
            return refusal(id, viewer);
        }
        ResearchDocument document = found.get();
        var citedBy = new java.util.ArrayList<String[]>();
        if (viewer.isPresent()) {
            for (Object[] link : library.linksOf(id)) {
                cited(viewer.get(), (LinkTarget) link[0], (Long) link[1]).ifPresent(citedBy::add);
            }
        }
        var caucusNames = library.caucusNames();
        var topicNames = new HashMap<Long, String>();
        document.topicIds().forEach(t -> topicNames.put(t, topics.name(t)));
        model.addAttribute("document", document);
        model.addAttribute("caucusNames", caucusNames);
        model.addAttribute("topicNames", topicNames);
        model.addAttribute("citedBy", citedBy);
        return "organising/document";
    }

    /** The file itself; a restricted one's download goes in the audit log. */
    @GetMapping("/library/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        var viewer = CurrentUser.get();
        Optional<ResearchDocument> found = library.find(viewer, id);
        if (found.isEmpty()) {
            String refused = refusal(id, viewer);
            return ResponseEntity.status(302)
                    .header(HttpHeaders.LOCATION, refused.substring("redirect:".length()))
                    .build();
        }
        ResearchDocument document = found.get();
        byte[] content = library.download(viewer, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.type().mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName(document), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, document.restricted() ? "private, no-store" : "public, max-age=3600")
                .body(content);
    }

    /** The documents an ask or engagement cites, loaded into its page; its officers link more. */
    @GetMapping("/library/linked/{target}/{id}")
    String linked(@PathVariable String target, @PathVariable long id, Model model) {
        CurrentUser user = Forms.signedIn();
        LinkTarget kind = target(target);
        long caucus = caucusOf(kind, id);
        if (!caucuses.canSee(user, caucus)) {
            throw Pages.forbidden("Only members of the caucus see this.");
        }
        var linked = library.linkedTo(Optional.of(user), kind, id);
        boolean canLink = caucuses.canRun(user, caucus);
        model.addAttribute("target", target);
        model.addAttribute("id", id);
        model.addAttribute("linked", linked);
        model.addAttribute("canLink", canLink);
        model.addAttribute(
                "choices",
                canLink
                        ? library.visible(Optional.of(user), null, 1).stream()
                                .filter(d -> linked.stream().noneMatch(l -> l.id() == d.id()))
                                .toList()
                        : List.of());
        return "organising/linked";
    }

    @PostMapping("/library/linked/{target}/{id}")
    String link(
            @PathVariable String target,
            @PathVariable long id,
            @RequestParam(required = false) Long documentId,
            @RequestParam(defaultValue = "false") boolean remove,
            RedirectAttributes redirect) {
        CurrentUser user = Forms.signedIn();
        LinkTarget kind = target(target);
        if (!caucuses.canRun(user, caucusOf(kind, id))) {
            throw Pages.forbidden("Only the caucus's officers link documents.");
        }
        String back = (kind == LinkTarget.ASK ? "/asks/" : "/engagements/") + id;
        return Forms.outcome(redirect, back, () -> {
            if (documentId == null) {
                throw new IllegalArgumentException("choose a document");
            }
            if (remove) {
                library.unlink(documentId, kind, id);
                return "Document no longer linked.";
            }
            library.link(Optional.of(user), documentId, kind, id);
            return "Document linked.";
        });
    }

    private String refusal(long id, Optional<CurrentUser> viewer) {
        if (!library.exists(id)) {
            throw Pages.notFound("No such document.");
        }
        if (viewer.isEmpty()) {
            return "redirect:/login";
        }
        throw Pages.forbidden("This document is shared with particular caucuses, and you are not in one of them.");
    }

    private Optional<String[]> cited(CurrentUser user, LinkTarget target, long id) {
        return switch (target) {
            case ASK ->
                asks.find(id).filter(a -> caucuses.canSee(user, a.caucusId())).map(a ->
                        new String[] {"Ask: " + a.title(), "/asks/" + a.id()});
            case ENGAGEMENT ->
                engagements
                        .find(id)
                        .filter(e -> caucuses.canSee(user, e.caucusId()))
                        .map(e -> new String[] {"Engagement: " + e.title(), "/engagements/" + e.id()});
            case BULLETIN -> Optional.of(new String[] {"A bulletin", null});
        };
    }

    private long caucusOf(LinkTarget kind, long id) {
        return switch (kind) {
            case ASK ->
                asks.find(id).orElseThrow(() -> Pages.notFound("No such ask.")).caucusId();
            case ENGAGEMENT ->
                engagements
                        .find(id)
                        .orElseThrow(() -> Pages.notFound("No such engagement."))
                        .caucusId();
            case BULLETIN -> throw Pages.notFound("Bulletins list their documents themselves.");
        };
    }

    private static LinkTarget target(String text) {
        return switch (text) {
            case "ask" -> LinkTarget.ASK;
            case "engagement" -> LinkTarget.ENGAGEMENT;
            default -> throw Pages.notFound("Documents are linked from asks and engagements here.");
        };
    }

    private static String fileName(ResearchDocument document) {
        String name = document.fileName();
        String extension = "." + document.type().extension();
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(extension)) {
            name = name.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "") + extension;
        }
        return name;
    }
}
