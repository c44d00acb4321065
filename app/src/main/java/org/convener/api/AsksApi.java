package org.convener.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.convener.engagements.Ask;
import org.convener.engagements.AskStatus;
import org.convener.engagements.Asks;
import org.convener.engagements.Caucuses;
import org.convener.platform.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The asks of the caucuses a token's owner belongs to or runs, by the same rules as /asks. */
@RestController
@RequestMapping("/api/v1/asks")
@Tag(name = "Asks", description = "Read the asks your caucuses press, and move them along their lifecycle")
@SecurityRequirement(name = ApiSecurity.TOKEN)
class AsksApi {

    private final Asks asks;
    private final Caucuses caucuses;

    AsksApi(Asks asks, Caucuses caucuses) {
        this.asks = asks;
        this.caucuses = caucuses;
    }

    record AskJson(long id, long caucusId, String caucus, long topicId, String title, String wording, String status) {}

    record MoveJson(String from, String to, LocalDate on, String reason, Instant recordedAt) {}

    record AskDetail(AskJson ask, List<String> nextStatuses, List<MoveJson> moves) {}

    @Schema(description = "A move of an ask to its next status")
    record MoveRequest(
            @Schema(
                    description = "the new status: RAISED, ACKNOWLEDGED, COMMITTED, DELIVERED, REFUSED or DROPPED",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String to,

            @Schema(description = "the day it happened (today if absent)")
            LocalDate on,

            @Schema(description = "why, in up to 1,000 characters", requiredMode = Schema.RequiredMode.REQUIRED)
            String reason) {}

    @GetMapping
    @Operation(summary = "Asks of the caucuses you belong to or run, newest first (scope organising:read)")
    Page<AskJson> list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        CurrentUser user = CurrentUser.get().orElseThrow();
        AskStatus wanted = status == null ? null : SeatsApi.field("status", () -> AskStatus.valueOf(status));
        var all = asks.of(caucuses.idsSeenBy(user), null).stream()
                .filter(a -> wanted == null || a.status() == wanted)
                .map(this::json)
                .toList();
        return Page.of(all, a -> Long.toString(a.id()), cursor, limit);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One ask with its moves (scope organising:read)")
    AskDetail ask(@PathVariable long id) {
        Ask ask = visible(id);
        return detail(ask);
    }

    @PostMapping("/{id}/moves")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Move an ask one step along its lifecycle (scope asks:write; officers of its caucus)",
            description = "Drafted → raised → acknowledged → committed → delivered, or refused or dropped; anything"
                    + " else is refused with 409. Audited as the token's owner, naming the token.")
    AskDetail move(@PathVariable long id, @RequestBody MoveRequest move) {
        CurrentUser user = CurrentUser.get().orElseThrow();
        Ask ask = visible(id);
        if (!caucuses.canRun(user, ask.caucusId())) {
            throw new org.springframework.security.access.AccessDeniedException("not an officer of the caucus");
        }
        if (move.to() == null || move.to().isBlank()) {
            throw new Problems.BadField("to", "is required");
        }
        AskStatus to = SeatsApi.field("to", () -> AskStatus.valueOf(move.to().trim()));
        if (!ask.status().canMoveTo(to)) {
            throw new Problems.Conflict("an ask that is " + ask.status().label().toLowerCase() + " cannot become "
                    + to.label().toLowerCase());
        }
        if (move.reason() == null || move.reason().isBlank() || move.reason().length() > 1000) {
            throw new Problems.BadField("reason", "must say why, in up to 1,000 characters");
        }
        Ask moved;
        try {
            moved = asks.move(id, to, move.on(), move.reason(), null);
        } catch (IllegalArgumentException e) {
            throw new Problems.BadField("on", e.getMessage());
        } catch (IllegalStateException e) {
            throw new Problems.Conflict(e.getMessage());
        }
        return detail(moved);
    }

    private Ask visible(long id) {
        CurrentUser user = CurrentUser.get().orElseThrow();
        return asks.find(id)
                .filter(a -> caucuses.canSee(user, a.caucusId()))
                .orElseThrow(() -> new Problems.NotFound("no ask " + id + " among your caucuses' asks"));
    }

    private AskDetail detail(Ask ask) {
        return new AskDetail(
                json(ask),
                ask.status().next().stream().map(Enum::name).sorted().toList(),
                asks.transitions(ask.id()).stream()
                        .map(t -> new MoveJson(
                                t.from() == null ? null : t.from().name(),
                                t.to().name(),
                                t.on(),
                                t.reason(),
                                t.recordedAt()))
                        .toList());
    }

    private AskJson json(Ask a) {
        return new AskJson(
                a.id(),
                a.caucusId(),
                caucuses.name(a.caucusId()),
                a.topicId(),
                a.title(),
                a.wording(),
                a.status().name());
    }
}
