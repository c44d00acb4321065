package org.convener.votes.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import org.convener.platform.CliCommand;
import org.convener.shared.Format;
import org.convener.votes.BlocVote;
import org.convener.votes.Blocs;
import org.convener.votes.CohesionReport;
import org.convener.votes.Cohesions;
import org.convener.votes.Division;
import org.convener.votes.DivisionCohesion;
import org.convener.votes.MemberCohesion;
import org.convener.votes.MpVote;
import org.convener.votes.Sitting;
import org.convener.votes.Split;
import org.convener.votes.Votes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "votes",
        mixinStandardHelpOptions = true,
        description = "Commons divisions: a division's votes, and how cohesively a caucus votes.",
        subcommands = {VotesCommand.DivisionCommand.class, VotesCommand.CohesionCommand.class})
class VotesCommand implements CliCommand {

    static String json(Object value) {
        try {
            return new ObjectMapper()
                    .findAndRegisterModules()
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .writerWithDefaultPrettyPrinter()
                    .writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> split(Split split) {
        var map = new LinkedHashMap<String, Object>();
        map.put("ayes", split.ayes());
        map.put("noes", split.noes());
        map.put("both", split.both());
        return map;
    }

    @Command(
            name = "division",
            mixinStandardHelpOptions = true,
            description =
                    "A division: its counts as declared and as listed, how each party and caucus split, and every MP's vote.")
    static class DivisionCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The Commons Votes division id, e.g. 1829.")
        int id;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        private final Votes votes;
        private final Cohesions cohesions;
        private final Blocs blocs;

        DivisionCommand(Votes votes, Cohesions cohesions, Blocs blocs) {
            this.votes = votes;
            this.cohesions = cohesions;
            this.blocs = blocs;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Division d = votes.division(id)
                    .orElseThrow(() -> new NoSuchElementException("no division with id " + id + " is on record"));
            Map<String, Split> parties = votes.partySplits(id);
            List<BlocVote> caucuses = blocs.caucuses().stream()
                    .map(c -> cohesions.in(blocs.caucus(c), id))
                    .toList();
            var lines = votes.votesIn(id).stream()
                    .sorted(Comparator.comparing(MpVote::party)
                            .thenComparing(MpVote::lobby)
                            .thenComparing(v -> name(v.memberId())))
                    .toList();
            if (json) {
                out.println(VotesCommand.json(asJson(d, parties, caucuses, lines)));
                return 0;
            }
            out.println(d.title());
            out.printf(
                    "Division %d, %s (Commons Votes id %d)%s%n",
                    d.number(), Format.date(d.heldOn()), d.id(), d.freeVote() ? ", marked as a free vote" : "");
            out.printf(
                    "Declared: %d ayes, %d noes (%s)%n",
                    d.officialAyes(), d.officialNoes(), d.passed() ? "the ayes have it" : "the noes have it");
            out.printf(
                    "Listed in %s: %d ayes, %d noes%s%n",
                    d.source().label(),
                    d.countedAyes(),
                    d.countedNoes(),
                    d.countsDiffer() ? " (the list and the declared count disagree)" : "");
            out.println();
            out.println("By party (aye–no):");
            parties.forEach((party, split) -> out.printf("  %-6s %s%n", party, split.describe()));
            if (!caucuses.isEmpty()) {
                out.println("By caucus (members on the day; aye–no, no vote recorded):");
                caucuses.forEach(c -> out.printf(
                        "  %-40s %s, %d no vote recorded%n",
                        c.bloc().name(), c.split().describe(), c.notRecorded().size()));
            }
            out.println();
            out.println("Votes:");
            for (MpVote v : lines) {
                Sitting mp = votes.sitting(v.memberId()).orElseThrow();
                out.printf(
                        "  %-4s %-6s %-32s %s%s%s%n",
                        v.lobby().label(),
                        v.party(),
                        mp.name(),
                        mp.constituencyName() == null ? "" : mp.constituencyName(),
                        v.teller() ? "  (teller)" : "",
                        votes.rebels(v) ? "  against party" : "");
            }
            return 0;
        }

        private String name(int memberId) {
            return votes.sitting(memberId).map(Sitting::name).orElse("");
        }

        private Map<String, Object> asJson(
                Division d, Map<String, Split> parties, List<BlocVote> caucuses, List<MpVote> lines) {
            var map = new LinkedHashMap<String, Object>();
            map.put("id", d.id());
            map.put("date", d.heldOn().toString());
            map.put("number", d.number());
            map.put("title", d.title());
            map.put("freeVote", d.freeVote());
            map.put("declared", Map.of("ayes", d.officialAyes(), "noes", d.officialNoes()));
            map.put("listed", Map.of("source", d.source().name(), "ayes", d.countedAyes(), "noes", d.countedNoes()));
            var byParty = new LinkedHashMap<String, Object>();
            parties.forEach((party, split) -> byParty.put(party, split(split)));
            map.put("parties", byParty);
            var byCaucus = new LinkedHashMap<String, Object>();
            caucuses.forEach(c -> {
                var entry = split(c.split());
                entry.put("name", c.bloc().name());
                entry.put("noVoteRecorded", c.notRecorded().size());
                byCaucus.put(c.bloc().key(), entry);
            });
            map.put("caucuses", byCaucus);
            var votesList = new ArrayList<Map<String, Object>>();
            for (MpVote v : lines) {
                Sitting mp = votes.sitting(v.memberId()).orElseThrow();
                var line = new LinkedHashMap<String, Object>();
                line.put("memberId", v.memberId());
                line.put("name", mp.name());
                line.put("constituency", mp.constituencyCode());
                line.put("party", v.party());
                line.put("vote", v.lobby().name().toLowerCase());
                line.put("teller", v.teller());
                line.put("againstParty", votes.rebels(v));
                votesList.add(line);
            }
            map.put("votes", votesList);
            return map;
        }
    }

    @Command(
            name = "cohesion",
            mixinStandardHelpOptions = true,
            description = {
                "How cohesively a caucus votes, beside its party over the same divisions: the Rice index, votes with"
                        + " the Labour majority, divisions where members split or broke with the party, and each"
                        + " member's record."
            })
    static class CohesionCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--group", required = true, paramLabel = "SLUG", description = "The caucus's short name.")
        String group;

        @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day counted.")
        LocalDate from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day counted.")
        LocalDate to;

        @Option(names = "--include-free-votes", description = "Count divisions marked as free votes too.")
        boolean includeFree;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        private final Cohesions cohesions;
        private final Blocs blocs;

        CohesionCommand(Cohesions cohesions, Blocs blocs) {
            this.cohesions = cohesions;
            this.blocs = blocs;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (from != null && to != null && to.isBefore(from)) {
                throw new IllegalArgumentException("--to is before --from");
            }
            var caucus = blocs.findCaucus(group)
                    .orElseThrow(() -> new NoSuchElementException("no caucus with the short name \"" + group + "\""));
            CohesionReport report = cohesions.of(blocs.caucus(caucus), from, to, includeFree);
            CohesionReport party = report.coverage().empty()
                    ? null
                    : cohesions.of(
                            blocs.party(report.party()),
                            report.coverage().first(),
                            report.coverage().last(),
                            includeFree);
            if (json) {
                out.println(VotesCommand.json(asJson(report, party)));
                return 0;
            }
            out.println(caucus.name());
            out.println("Coverage: " + report.coverage().describe() + (includeFree ? "; free votes included" : ""));
            if (report.coverage().empty()) {
                return 0;
            }
            out.printf(
                    "Mean Rice index: %s over %d divisions (%s: %s)%n",
                    rice(report.averageRice()),
                    report.ratedDivisions(),
                    party.bloc().name(),
                    rice(party.averageRice()));
            out.printf(
                    "With the Labour majority: %s (%d of %d divisions)%n",
                    share(report.withLabourShare()), report.withLabour(), report.withLabourOf());
            out.printf(
                    "Members split in %d divisions; broke with %s in %d; %d rebellions%n",
                    report.divisions().stream().filter(DivisionCohesion::split).count(),
                    report.party().displayName(),
                    report.divisions().stream()
                            .filter(DivisionCohesion::brokeWithParty)
                            .count(),
                    report.rebellions());
            out.println();
            out.println("Where members split or broke with " + report.party().displayName() + " (members aye–no, "
                    + report.party().code() + " aye–no):");
            for (DivisionCohesion b : report.breaks()) {
                out.printf(
                        "  %s  %-10s %-10s %s%n",
                        b.division().heldOn(),
                        b.bloc().describe(),
                        b.party().describe(),
                        b.division().title() + " [" + b.division().id() + "]");
            }
            out.println();
            out.println("Members (rebellions, voted in, attendance):");
            for (MemberCohesion m : report.members()) {
                out.printf(
                        "  %-32s %-36s %3d  %3d of %-3d %s%n",
                        m.mp().name(),
                        m.mp().constituencyName() == null ? "" : m.mp().constituencyName(),
                        m.rebellions(),
                        m.votes(),
                        m.held(),
                        share(m.attendance()));
            }
            out.println("A missing vote is not proof of abstention: the per-MP lists can be incomplete.");
            return 0;
        }

        private static Map<String, Object> asJson(CohesionReport report, CohesionReport party) {
            var map = new LinkedHashMap<String, Object>();
            map.put("caucus", report.bloc().key());
            map.put("name", report.bloc().name());
            map.put("coverage", coverage(report));
            map.put("freeVotesIncluded", report.freeVotesIncluded());
            map.put("party", report.party().code());
            map.put("meanRice", value(report.averageRice()));
            map.put("ratedDivisions", report.ratedDivisions());
            map.put("partyMeanRice", party == null ? null : value(party.averageRice()));
            map.put("withLabourMajority", report.withLabour());
            map.put("withLabourMajorityOf", report.withLabourOf());
            map.put("rebellions", report.rebellions());
            var divisions = new ArrayList<Map<String, Object>>();
            for (DivisionCohesion d : report.divisions()) {
                var entry = new LinkedHashMap<String, Object>();
                entry.put("id", d.division().id());
                entry.put("date", d.division().heldOn().toString());
                entry.put("title", d.division().title());
                entry.put("members", d.members());
                entry.put("caucus", split(d.bloc()));
                entry.put("rice", value(d.bloc().rice()));
                entry.put("party", split(d.party()));
                entry.put("split", d.split());
                entry.put("brokeWithParty", d.brokeWithParty());
                divisions.add(entry);
            }
            map.put("divisions", divisions);
            var members = new ArrayList<Map<String, Object>>();
            for (MemberCohesion m : report.members()) {
                var entry = new LinkedHashMap<String, Object>();
                entry.put("memberId", m.mp().memberId());
                entry.put("name", m.mp().name());
                entry.put("constituency", m.mp().constituencyCode());
                entry.put("rebellions", m.rebellions());
                entry.put("votes", m.votes());
                entry.put("held", m.held());
                entry.put("attendance", value(m.attendance()));
                members.add(entry);
            }
            map.put("members", members);
            return map;
        }

        private static Map<String, Object> coverage(CohesionReport report) {
            var map = new LinkedHashMap<String, Object>();
            var c = report.coverage();
            map.put("first", c.first() == null ? null : c.first().toString());
            map.put("last", c.last() == null ? null : c.last().toString());
            map.put("divisions", c.divisions());
            map.put("freeVotesLeftOut", c.freeVotesLeftOut());
            return map;
        }

        private static Double value(java.util.OptionalDouble value) {
            return value.isPresent() ? Math.round(value.getAsDouble() * 10000) / 10000.0 : null;
        }

        private static String rice(java.util.OptionalDouble value) {
            return value.isPresent() ? String.format(java.util.Locale.UK, "%.3f", value.getAsDouble()) : "–";
        }

        private static String share(java.util.OptionalDouble value) {
            return value.isPresent() ? Format.percent(value.getAsDouble()) : "–";
        }
    }
}
