package org.convener.bulletins.web;

import static org.convener.RouteTable.LOGIN;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.convener.RouteChecks;
import org.convener.RouteTable;
import org.convener.bulletins.Bulletin;
import org.convener.bulletins.Bulletins;
import org.convener.bulletins.CaucusAccess;
import org.convener.bulletins.Metrics;
import org.convener.demo.Demo;
import org.convener.platform.audit.AuditActor;
import org.springframework.context.ApplicationContext;

/**
 * Bulletins: a published public one is open to all, drafts to the caucus's officers; metrics to
 * those who see the caucus; briefing packs to all, the caucus's packs to those who see it.
 */
public class BulletinRoutes implements RouteChecks {

    @Override
    public void describe(RouteTable table, ApplicationContext beans) {
        var caucuses = beans.getBean(CaucusAccess.class);
        var bulletins = beans.getBean(Bulletins.class);
        var metrics = beans.getBean(Metrics.class);
        var redWall = caucuses.find(Demo.RED_WALL).orElseThrow();
        String c = "/bulletins/" + Demo.RED_WALL;
        Bulletin published = bulletins.archive(redWall, Optional.empty()).get(0);
        Bulletin draft = bulletins
                .find(redWall, LocalDate.of(2026, 6, 1))
                .orElseGet(() -> AuditActor.as("test", () -> bulletins.draft(redWall, LocalDate.of(2026, 6, 1))));
        String p = published.path(Demo.RED_WALL);
        String d = draft.path(Demo.RED_WALL);
        long metric = metrics.of(redWall.id()).get(0).id();

        table.reading("/bulletins/{caucus}", c, 200, 200, 200, 200, 200);
        table.reading("/bulletins/{caucus}", "/bulletins/no-such-caucus", 404, 404, 404, 404, 404);
        table.reading("/bulletins/{caucus}/{week}", p, 200, 200, 200, 200, 200);
        table.reading("/bulletins/{caucus}/{week}.pdf", p + ".pdf", 200, 200, 200, 200, 200);
        // a draft is as good as absent to all but those who run the caucus
        table.reading("/bulletins/{caucus}/{week}", d, 404, 404, 404, 200, 200);
        table.reading("/bulletins/{caucus}/{week}", c + "/not-a-week", 404, 404, 404, 404, 404);
        table.writing(
                "/bulletins/{caucus}/drafts", c + "/drafts", Map.of("week", "2026-06-08"), LOGIN, 403, 403, 302, 302);
        table.writing(
                "/bulletins/{caucus}/{week}/edit",
                d + "/edit",
                Map.of("intro", "For the record."),
                LOGIN,
                403,
                403,
                302,
                302);
        table.writing("/bulletins/{caucus}/{week}/reassemble", d + "/reassemble", Map.of(), LOGIN, 403, 403, 302, 302);
        table.writing("/bulletins/{caucus}/{week}/approve", d + "/approve", Map.of(), LOGIN, 403, 403, 302, 302);
        // publishing the published demo bulletin again is refused on the page, never a second time
        table.writing("/bulletins/{caucus}/{week}/publish", p + "/publish", Map.of(), LOGIN, 403, 403, 302, 302);
        table.reading(
                "/groups/{caucus}/briefings.pdf",
                "/groups/" + Demo.RED_WALL + "/briefings.pdf",
                LOGIN,
                403,
                403,
                200,
                200);

        table.reading("/seats/{code}/briefing", "/seats/E14001079/briefing", 200, 200, 200, 200, 200);
        table.reading("/seats/{code}/briefing.pdf", "/seats/E14001079/briefing.pdf", 200, 200, 200, 200, 200);
        table.reading("/seats/{code}/briefing", "/seats/E99999999/briefing", 404, 404, 404, 404, 404);

        table.reading("/metrics", "/metrics", LOGIN, 200, 200, 200, 200);
        table.reading("/metrics/{id}", "/metrics/" + metric, LOGIN, 404, 404, 200, 200);
        table.writing("/metrics", "/metrics", Map.of("caucus", Demo.RED_WALL, "name", ""), LOGIN, 403, 403, 302, 302);
        table.writing("/metrics/{id}/values", "/metrics/" + metric + "/values", Map.of(), LOGIN, 404, 404, 302, 302);
        table.reading("/admin/bulletin-runs", "/admin/bulletin-runs", LOGIN, 403, 403, 403, 200);
    }
}
