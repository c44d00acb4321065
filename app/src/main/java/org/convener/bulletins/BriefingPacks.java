package org.convener.bulletins;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.convener.engagements.Ask;
import org.convener.engagements.Asks;
import org.convener.engagements.Engagements;
import org.convener.engine.ConstituencyCode;
import org.convener.engine.ModelOptions;
import org.convener.engine.Party;
import org.convener.engine.Sweep;
import org.convener.groups.Group;
import org.convener.groups.GroupKind;
import org.convener.groups.Groups;
import org.convener.groups.OfficerPosts;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.platform.CurrentUser;
import org.convener.polls.Polls;
import org.convener.polls.ProjectionRun;
import org.convener.polls.Projections;
import org.convener.seats.HexMap;
import org.convener.seats.Seat;
import org.convener.seats.SeatIntelligence;
import org.convener.shared.Format;
import org.springframework.stereotype.Service;

/** Briefing packs: one seat's public record and projection, and what the caucuses hold about it for those who may see it. */
@Service
public class BriefingPacks {

    private final SeatIntelligence seats;
    private final Projections projections;
    private final Polls polls;
    private final People people;
    private final Groups groups;
    private final OfficerPosts posts;
    private final Engagements engagements;
    private final Asks asks;
    private final BulletinStore store;
    private final BulletinPages pages;
    private volatile HexMap map;

    BriefingPacks(
            SeatIntelligence seats,
            Projections projections,
            Polls polls,
            People people,
            Groups groups,
            OfficerPosts posts,
            Engagements engagements,
            Asks asks,
            BulletinStore store,
            BulletinPages pages) {
        this.seats = seats;
        this.projections = projections;
        this.polls = polls;
        this.people = people;
        this.groups = groups;
        this.posts = posts;
        this.engagements = engagements;
        this.asks = asks;
        this.store = store;
        this.pages = pages;
    }

    public Optional<Briefing> of(String code, Optional<CurrentUser> user) {
        if (!ConstituencyCode.isValid(code)) {
            return Optional.empty();
        }
        return seats.seat(ConstituencyCode.of(code)).map(seat -> build(seat, user));
    }

    /** One PDF with a pack for the seat of every MP member of a caucus, most at risk first. */
    public byte[] caucusPdf(Group caucus, Optional<CurrentUser> user) {
        var codes = groups.currentMemberships(caucus.id()).stream()
                .map(m -> m.personId())
                .collect(Collectors.toSet());
        var packs = people.findAll(codes).stream()
                .filter(p -> p.constituencyCode() != null && p.kind() == org.convener.people.PersonKind.MP)
                .map(Person::constituencyCode)
                .distinct()
                .sorted()
                .map(c -> of(c, user))
                .flatMap(Optional::stream)
                .toList();
        return pages.briefingsPdf(caucus.name() + ": briefing packs", packs);
    }

    public byte[] pdf(Briefing briefing) {
        return pages.briefingsPdf("Briefing: " + briefing.seat().name(), List.of(briefing));
    }

    private Briefing build(Seat seat, Optional<CurrentUser> user) {
        Person mp = seat.mp() == null
                ? null
                : people.mps().stream()
                        .filter(p -> seat.code().equals(p.constituencyCode()))
                        .findFirst()
                        .orElse(null);
        List<String> caucuses = mp == null
                ? List.of()
                : groups.membershipsOf(mp.id()).stream()
                        .filter(m -> m.open())
                        .map(m -> groups.find(m.groupId()).orElse(null))
                        .filter(g -> g != null && g.kind() == GroupKind.CAUCUS)
                        .map(Group::name)
                        .distinct()
                        .toList();
        var chances = new ArrayList<Briefing.Chance>();
        Optional<ProjectionRun> run = projections.current();
        int index = run.map(r -> r.indexOf(seat)).orElse(-1);
        if (index >= 0) {
            var projection = run.get().projection();
            for (Party party : Party.GB_MODEL) {
                double chance = run.get().simulation().winProbability(index, party);
                double share = projection.shares(index).get(party);
                if (chance >= 0.005 || share >= 0.05) {
                    chances.add(new Briefing.Chance(party.displayName(), party.colour(), share, chance));
                }
            }
            chances.sort(Comparator.comparingDouble(Briefing.Chance::chance).reversed());
        }
        Double tipping = null;
        boolean reformHolds = seat.winner() == Party.RUK;
        if (index >= 0 && !reformHolds) {
            var sweep = Sweep.run(
                    projections.baseline2024(),
                    projections.baseline2024().shares(),
                    Party.RUK,
                    Projections.othersThan(Party.RUK),
                    0.10,
                    0.60,
                    0.05,
                    Set.of(seat.constituency().code()),
                    projections.settings().swingModel(),
                    ModelOptions.DEFAULTS);
            tipping = sweep.tippingPoints().stream()
                    .findFirst()
                    .map(Sweep.TippingPoint::share)
                    .orElse(null);
        }
        boolean shown = user.isPresent();
        var groupLines = new ArrayList<Briefing.GroupLine>();
        var engagementLines = new ArrayList<Figures.Line>();
        var askLines = new ArrayList<Figures.Line>();
        var metricLines = new ArrayList<Figures.MetricLine>();
        if (shown) {
            CurrentUser u = user.get();
            var vacancies = posts.vacancies();
            for (Group g : groups.all()) {
                if (g.kind() != GroupKind.CAUCUS
                        && g.areas().stream().anyMatch(a -> seat.code().equals(a.constituencyCode()))) {
                    groupLines.add(new Briefing.GroupLine(
                            g.name(),
                            g.slug(),
                            Briefing.postTitles(vacancies.stream()
                                    .filter(v -> v.group().id() == g.id())
                                    .toList())));
                }
            }
            Set<Long> visible = groups.all().stream()
                    .filter(g -> g.kind() == GroupKind.CAUCUS && groups.canView(u, g.id()))
                    .map(Group::id)
                    .collect(Collectors.toSet());
            if (mp != null) {
                engagements.attendedBy(mp.id()).stream()
                        .filter(e -> visible.contains(e.caucusId()))
                        .forEach(e -> engagementLines.add(new Figures.Line(
                                e.title(),
                                e.startsAt().atZone(Format.LONDON).toLocalDate(),
                                "/engagements/" + e.id())));
            }
            for (Ask ask : asks.of(visible, null)) {
                boolean about = asks.evidence(ask.id()).stream()
                        .anyMatch(ev -> ev.kind() == Ask.EvidenceKind.SEAT
                                && seat.code().equalsIgnoreCase(ev.target()));
                if (about) {
                    askLines.add(new Figures.Line(
                            ask.title() + " (" + ask.status().label() + ")",
                            ask.createdAt().atZone(Format.LONDON).toLocalDate(),
                            "/asks/" + ask.id()));
                }
            }
            for (Metric metric : store.metricsForSeat(seat.code())) {
                if (visible.contains(metric.caucusId())) {
                    var latest = store.valueOn(metric.id(), java.time.LocalDate.now());
                    metricLines.add(new Figures.MetricLine(
                            metric.id(),
                            metric.name(),
                            metric.unit(),
                            latest.map(Metric.Value::value).orElse(null),
                            latest.map(Metric.Value::refersTo).orElse(null),
                            null,
                            latest.map(Metric.Value::sourceUrl).orElse(null)));
                }
            }
        }
        return new Briefing(
                seat,
                caucuses,
                polls.age().orElse(null),
                chances,
                tipping,
                reformHolds,
                thumbnail(seat),
                shown,
                groupLines,
                engagementLines,
                askLines,
                metricLines);
    }

    /** The hex map, small, with every seat grey and this one marked, as a PNG: pages and PDFs alike show it. */
    private String thumbnail(Seat seat) {
        HexMap hexes = map;
        if (hexes == null) {
            hexes = HexMap.draw(seats.seats(), s -> new HexMap.Style("#d9d9e0", 1, "", false), List.of());
            map = hexes;
        }
        if (hexes.cells().isEmpty() || seat.hex() == null) {
            return null;
        }
        double scale = 220 / Math.max(hexes.width(), hexes.height());
        int width = (int) Math.ceil(hexes.width() * scale) + 4;
        int height = (int) Math.ceil(hexes.height() * scale) + 4;
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Path2D marked = null;
        for (HexMap.Cell cell : hexes.cells()) {
            var path = new Path2D.Double();
            String[] corners = cell.points().trim().split("\\s+");
            for (int i = 0; i < corners.length; i++) {
                String[] xy = corners[i].split(",");
                double x = Double.parseDouble(xy[0]) * scale + 2;
                double y = Double.parseDouble(xy[1]) * scale + 2;
                if (i == 0) {
                    path.moveTo(x, y);
                } else {
                    path.lineTo(x, y);
                }
            }
            path.closePath();
            if (cell.code().equals(seat.code())) {
                marked = path;
            } else {
                g.setColor(new Color(0xD9, 0xD9, 0xE0));
                g.fill(path);
            }
        }
        if (marked != null) {
            g.setColor(new Color(0x8B, 0x1E, 0x3F));
            g.fill(marked);
            g.setStroke(new BasicStroke(3f));
            var bounds = marked.getBounds2D();
            g.drawOval((int) (bounds.getCenterX() - 9), (int) (bounds.getCenterY() - 9), 18, 18);
        }
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }

    static LinkedHashMap<String, Object> params(Briefing briefing) {
        var params = new LinkedHashMap<String, Object>();
        params.put("b", briefing);
        return params;
    }
}
