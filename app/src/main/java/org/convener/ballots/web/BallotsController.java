package org.convener.ballots.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.convener.ballots.BallotBox;
import org.convener.ballots.Contest;
import org.convener.ballots.ContestKind;
import org.convener.ballots.Contests;
import org.convener.ballots.Hustings;
import org.convener.ballots.Method;
import org.convener.ballots.Nomination;
import org.convener.ballots.Phase;
import org.convener.platform.CurrentUser;
import org.convener.platform.Forms;
import org.convener.platform.Messages;
import org.convener.shared.Format;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class BallotsController {

    private final Contests contests;
    private final BallotBox box;
    private final Hustings hustings;

    BallotsController(Contests contests, BallotBox box, Hustings hustings) {
        this.contests = contests;
        this.box = box;
        this.hustings = hustings;
    }

    @GetMapping("/ballots")
    String list(Model model) {
        CurrentUser user = Forms.signedIn();
        var visible = contests.visibleTo(user);
        var groupNames = new java.util.HashMap<Long, String>();
        visible.forEach(c ->
                groupNames.computeIfAbsent(c.groupId(), g -> contests.group(c).name()));
        model.addAttribute("contests", visible);
        model.addAttribute("groupNames", groupNames);
        model.addAttribute("runs", contests.runBy(user));
        model.addAttribute("now", contests.now());
        model.addAttribute("today", LocalDate.ofInstant(contests.now(), Format.LONDON));
        return "ballots/list";
    }

    /** Form fields for a new contest. */
    record ContestForm(
            Long groupId,
            String kind,
            String title,
            String description,
            String method,
            Integer seats,
            Boolean ron,
            Integer seconders,
            String nominationsCloseAt,
            String electorateOn,
            String opensAt,
            String closesAt) {

        Contests.Plan plan() {
            return new Contests.Plan(
                    groupId == null ? 0 : groupId,
                    kind == null || kind.isBlank() ? null : ContestKind.valueOf(kind),
                    title,
                    description,
                    method == null || method.isBlank() ? null : Method.of(method),
                    seats == null ? 1 : seats,
                    Boolean.TRUE.equals(ron),
                    seconders == null ? 0 : seconders,
                    instant(nominationsCloseAt, "when nominations close"),
                    Forms.day(electorateOn, null),
                    instant(opensAt, "when voting opens"),
                    instant(closesAt, "when voting closes"));
        }

        private static java.time.Instant instant(String text, String what) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return LocalDateTime.parse(text.trim()).atZone(Format.LONDON).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("\"" + text + "\" is not a date and time for " + what);
            }
        }
    }

    @PostMapping("/ballots")
    String create(ContestForm form, RedirectAttributes redirect) {
        if (form.groupId() == null || !contests.canRun(Forms.signedIn(), form.groupId())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only those who run a group set up its contests.");
        }
        try {
            Contest c = contests.create(form.plan(), false);
            redirect.addFlashAttribute(
                    "notice",
                    "Contest set up. Members can send in nominations until " + Format.dateTime(c.nominationsCloseAt())
                            + ".");
            return "redirect:/ballots/" + c.id();
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", Messages.sentence(e.getMessage()));
            return "redirect:/ballots";
        }
    }

    @GetMapping("/ballots/{id}")
    String contest(@PathVariable long id, @RequestParam(required = false) String receipt, Model model) {
        CurrentUser user = Forms.signedIn();
        Contest c = visible(id, user);
        var now = contests.now();
        var result = box.result(c);
        c = contests.find(id).orElseThrow();
        Phase phase = c.phase(now);
        Long me = user.personId();
        boolean member = me != null && contests.isMember(c, me);
        boolean inElectorate = me != null && contests.electorate(c).contains(me);
        List<Nomination> nominations = contests.nominations(id);
        model.addAttribute("contest", c);
        model.addAttribute("group", contests.group(c));
        model.addAttribute("phase", phase);
        model.addAttribute("nominations", nominations);
        model.addAttribute("onPaper", contests.onPaper(c));
        model.addAttribute("me", me);
        model.addAttribute("member", member);
        model.addAttribute("runs", contests.canRun(user, c));
        model.addAttribute(
                "candidates", phase == Phase.NOMINATIONS && member ? contests.eligibleCandidates(c) : List.of());
        model.addAttribute("inElectorate", inElectorate);
        model.addAttribute("voted", me != null && box.hasVoted(c, me));
        model.addAttribute("canVote", box.canVote(c, me));
        model.addAttribute("turnout", box.turnout(c));
        model.addAttribute("hustings", hustings.of(c).orElse(null));
        model.addAttribute("result", result.map(ResultView::of).orElse(null));
        model.addAttribute("receipt", receipt == null || receipt.isBlank() ? null : receipt.strip());
        model.addAttribute(
                "receiptFound", receipt != null && result.isPresent() && box.receiptCounted(result.get(), receipt));
        return "ballots/contest";
    }

    /** The turnout while voting is open, refreshed in place. */
    @GetMapping("/ballots/{id}/turnout")
    String turnout(@PathVariable long id, Model model) {
        Contest c = visible(id, Forms.signedIn());
        model.addAttribute("contest", c);
        model.addAttribute("turnout", box.turnout(c));
        model.addAttribute("phase", c.phase(contests.now()));
        return "ballots/turnout";
    }

    @PostMapping("/ballots/{id}/nominations")
    String nominate(
            @PathVariable long id,
            @RequestParam long candidateId,
            @RequestParam String statement,
            RedirectAttributes redirect) {
        CurrentUser user = Forms.signedIn();
        Contest c = visible(id, user);
        long me = person(user);
        return Forms.outcome(redirect, "/ballots/" + id + "#nominations", () -> {
            Nomination n = contests.nominate(c.id(), candidateId, me, statement);
            return n.accepted()
                    ? "You are nominated, and have accepted."
                    : n.candidateName() + " is nominated. They must accept before nominations close.";
        });
    }

    @PostMapping("/ballots/{id}/nominations/{nominationId}/seconders")
    String second(@PathVariable long id, @PathVariable long nominationId, RedirectAttributes redirect) {
        CurrentUser user = Forms.signedIn();
        Contest c = visible(id, user);
        long me = person(user);
        return Forms.outcome(redirect, "/ballots/" + id + "#nominations", () -> {
            Nomination n = contests.second(c.id(), nominationId, me);
            return "You have seconded " + n.candidateName() + ".";
        });
    }

    /** The candidate accepts, or someone who runs the group records how the candidate confirmed. */
    @PostMapping("/ballots/{id}/nominations/{nominationId}/acceptance")
    String accept(
            @PathVariable long id,
            @PathVariable long nominationId,
            @RequestParam(required = false) String confirmation,
            RedirectAttributes redirect) {
        CurrentUser user = Forms.signedIn();
        Contest c = visible(id, user);
        Nomination n = contests.nominations(id).stream()
                .filter(x -> x.id() == nominationId)
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such nomination."));
        boolean candidate = user.isPerson(n.candidateId());
        if (!candidate && !contests.canRun(user, c)) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN, "Only the candidate, or those who run the group, record an acceptance.");
        }
        return Forms.outcome(redirect, "/ballots/" + id + "#nominations", () -> {
            if (candidate) {
                contests.acceptAsCandidate(c.id(), nominationId, user.personId());
                return "You have accepted your nomination.";
            }
            contests.accept(nominationId, c.id(), confirmation == null ? "" : confirmation);
            return n.candidateName() + "'s acceptance recorded.";
        });
    }

    @GetMapping("/ballots/{id}/vote")
    String paper(@PathVariable long id, Model model, RedirectAttributes redirect) {
        CurrentUser user = Forms.signedIn();
        Contest c = visible(id, user);
        if (!box.canVote(c, user.personId())) {
            redirect.addFlashAttribute("error", cannotVote(c, user));
            return "redirect:/ballots/" + id;
        }
        model.addAttribute("contest", c);
        model.addAttribute("onPaper", contests.onPaper(c));
        return "ballots/vote";
    }

    @PostMapping("/ballots/{id}/vote")
    String vote(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            @RequestParam(name = "approve", required = false) List<Long> approved,
            Model model,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        CurrentUser user = Forms.signedIn();
        Contest c = visible(id, user);
        long me = person(user);
        String receipt;
        try {
            if (!"yes".equals(form.get("confirm"))) {
                throw new IllegalArgumentException(
                        "tick the box to confirm your choices: a vote cannot be changed once cast");
            }
            receipt = box.cast(c.id(), me, choices(c, form, approved));
        } catch (IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute("error", Messages.sentence(e.getMessage()));
            return "redirect:/ballots/" + id + (box.canVote(c, me) ? "/vote" : "");
        }
        // the receipt is shown once, and this page is kept by no cache
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        model.addAttribute("contest", c);
        model.addAttribute("receipt", receipt);
        return "ballots/receipt";
    }

    /** Reads the marks on the form into the nominations chosen, in order of preference. */
    private List<Long> choices(Contest c, Map<String, String> form, List<Long> approved) {
        return switch (c.method().marking()) {
            case ONE -> {
                String choice = form.get("choice");
                if (choice == null || choice.isBlank()) {
                    throw new IllegalArgumentException("mark one candidate");
                }
                yield List.of(Long.parseLong(choice));
            }
            case MANY -> approved == null ? List.of() : List.copyOf(approved);
            case RANKS -> {
                var ranked = new TreeMap<Integer, Long>();
                for (var e : form.entrySet()) {
                    if (!e.getKey().startsWith("rank_") || e.getValue().isBlank()) {
                        continue;
                    }
                    int rank;
                    try {
                        rank = Integer.parseInt(e.getValue().trim());
                    } catch (NumberFormatException ex) {
                        throw new IllegalArgumentException(
                                "preferences are numbers: 1 for your first choice, 2 for your second...");
                    }
                    if (ranked.put(rank, Long.parseLong(e.getKey().substring(5))) != null) {
                        throw new IllegalArgumentException(
                                "you gave two candidates the number " + rank + "; use each number once");
                    }
                }
                yield new ArrayList<>(ranked.values());
            }
        };
    }

    @GetMapping("/ballots/{id}/ballots.blt")
    ResponseEntity<String> blt(@PathVariable long id) {
        Contest c = visible(id, Forms.signedIn());
        var result = box.result(c)
                .orElseThrow(() ->
                        new ResponseStatusException(HttpStatus.NOT_FOUND, "Nothing is published before the close."));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"contest-" + id + ".blt\"")
                .body(result.blt());
    }

    @GetMapping("/ballots/{id}/count.json")
    ResponseEntity<String> count(@PathVariable long id) {
        Contest c = visible(id, Forms.signedIn());
        var result = box.result(c)
                .orElseThrow(() ->
                        new ResponseStatusException(HttpStatus.NOT_FOUND, "Nothing is published before the close."));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"contest-" + id + ".json\"")
                .body(result.report().toPrettyString());
    }

    private String cannotVote(Contest c, CurrentUser user) {
        Phase phase = c.phase(contests.now());
        if (phase == Phase.NOMINATIONS || phase == Phase.WAITING) {
            return "Voting opens " + Format.dateTime(c.opensAt()) + ".";
        }
        if (phase != Phase.VOTING) {
            return "Voting has closed.";
        }
        if (user.personId() == null || !contests.electorate(c).contains(user.personId())) {
            return "Only members of the group on " + Format.date(c.electorateOn()) + " vote in this contest.";
        }
        return "You have already voted in this contest.";
    }

    private Contest visible(long id, CurrentUser user) {
        Contest c = contests.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such contest."));
        if (!contests.canSee(user, c)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the group's members see its contests.");
        }
        return c;
    }

    private static long person(CurrentUser user) {
        if (user.personId() == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Your account is not linked to a member's record.");
        }
        return user.personId();
    }
}
