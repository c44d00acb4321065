package org.convener.ballots;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.convener.groups.Group;
import org.convener.groups.Groups;
import org.convener.groups.Membership;
import org.convener.groups.Role;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.shared.Format;
import org.springframework.stereotype.Service;

/**
 * The demonstration's contests, all illustrative: the caucus's endorsement in the 2025 deputy
 * leadership election, with a hustings beforehand, counted and declared; and a local group's
 * election of a secretary by STV, open for votes now so that a demo account can vote in it.
 * The votes cast here are invented.
 */
@Service
public class DemoBallots {

    private final Contests contests;
    private final BallotBox box;
    private final Hustings hustings;
    private final Groups groups;
    private final People people;
    private final Clock clock;

    DemoBallots(Contests contests, BallotBox box, Hustings hustings, Groups groups, People people, Clock clock) {
        this.contests = contests;
        this.box = box;
        this.hustings = hustings;
        this.groups = groups;
        this.people = people;
        this.clock = clock;
    }

    /**
     * @param caucus the caucus that endorses, run by {@code convenerId}
     * @param local the local group electing a secretary; {@code keepFree} are members left to vote
     *     and stand as they like (the demo accounts)
     */
    public void load(Group caucus, long convenerId, Group local, List<Long> keepFree) {
        deputyLeadership(caucus, convenerId);
        secretary(local, keepFree);
    }

    private void deputyLeadership(Group caucus, long convenerId) {
        Person powell = mp("Lucy Powell");
        Person phillipson = mp("Bridget Phillipson");
        List<Long> members = members(caucus, LocalDate.of(2025, 9, 1), List.of(convenerId));
        Contest c = contests.create(
                new Contests.Plan(
                        caucus.id(),
                        ContestKind.ENDORSEMENT,
                        "Deputy leadership 2025: whom the caucus backs",
                        "Illustrative. The caucus decides which candidate for Deputy Leader of the Labour Party it "
                                + "endorses, after hearing both at a hustings. Members rank the candidates; "
                                + "re-open nominations means endorsing no one.",
                        Method.IRV,
                        1,
                        true,
                        2,
                        at(2025, 9, 4, 12),
                        LocalDate.of(2025, 9, 1),
                        at(2025, 9, 24, 9),
                        at(2025, 10, 1, 17)),
                true);
        Instant nominating = at(2025, 9, 2, 10);
        Nomination forPowell = contests.nominate(
                c.id(),
                powell.id(),
                members.get(0),
                "Illustrative statement. Lucy Powell: a Deputy Leader who will take the concerns of seats like ours "
                        + "to the Cabinet table every week, and who knows that we win back trust by delivering.",
                nominating);
        Nomination forPhillipson = contests.nominate(
                c.id(),
                phillipson.id(),
                members.get(1),
                "Illustrative statement. Bridget Phillipson: a North East MP who will make the party's case in the "
                        + "places Reform is targeting, with a plan for schools, skills and good jobs.",
                nominating.plusSeconds(600));
        contests.second(c.id(), forPowell.id(), members.get(2), nominating.plusSeconds(3600));
        contests.second(c.id(), forPowell.id(), members.get(3), nominating.plusSeconds(7200));
        contests.second(c.id(), forPhillipson.id(), members.get(4), nominating.plusSeconds(3700));
        contests.second(c.id(), forPhillipson.id(), members.get(5), nominating.plusSeconds(7300));
        contests.accept(forPowell.id(), c.id(), "by email to the convener (illustrative)", at(2025, 9, 3, 9));
        contests.accept(forPhillipson.id(), c.id(), "by email to the convener (illustrative)", at(2025, 9, 3, 11));

        Hustings.Meeting m = hustings.plan(
                c.id(), at(2025, 9, 23, 18), 90, "Committee Room 10, House of Commons (illustrative)", convenerId);
        hustings.order(c.id(), List.of(forPhillipson.id(), forPowell.id()));
        var asked = new ArrayList<Hustings.Question>();
        asked.add(hustings.ask(
                c.id(),
                members.get(6),
                "Reform UK came second in most of our seats. What would you do in your first month to win those voters back?",
                at(2025, 9, 18, 20)));
        asked.add(hustings.ask(
                c.id(),
                members.get(7),
                "Will you press the Treasury to change the Green Book so that investment reaches towns like ours?",
                at(2025, 9, 19, 8)));
        hustings.ask(
                c.id(),
                members.get(8),
                "How often would you meet backbench caucuses such as ours?",
                at(2025, 9, 20, 12));
        for (var q : asked) {
            hustings.choose(c.id(), q.id(), true);
        }
        hustings.notes(
                c.id(),
                "Illustrative notes. Both candidates spoke for five minutes, then took the two questions chosen by the chair. "
                        + "Both committed to meeting the caucus each quarter.");

        // invented votes: most rank both candidates, some only one, a few prefer to re-open nominations
        Instant voting = at(2025, 9, 24, 10);
        for (int i = 0; i < members.size(); i++) {
            List<Long> choices = switch (i % 9) {
                case 0, 1, 2 -> List.of(forPowell.id(), forPhillipson.id());
                case 3, 6 -> List.of(forPhillipson.id(), forPowell.id());
                case 4 -> List.of(forPhillipson.id());
                case 7 -> List.of(forPowell.id());
                case 5 -> List.of(0L, forPowell.id());
                default -> List.of(0L, forPhillipson.id());
            };
            if (i % 11 == 10) {
                continue; // not everyone votes
            }
            box.cast(c.id(), members.get(i), choices, voting.plus(Duration.ofMinutes(37L * i)));
        }
        box.countIfDue(c.id(), at(2025, 10, 1, 17).plusSeconds(60));
    }

    private void secretary(Group local, List<Long> keepFree) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Format.LONDON);
        List<Long> members = members(local, today.minusDays(1), keepFree);
        Contest c = contests.create(
                new Contests.Plan(
                        local.id(),
                        ContestKind.OFFICER,
                        "Secretary",
                        "Illustrative. The group elects its secretary by the single transferable vote: number the candidates "
                                + "in order of preference.",
                        Method.SCOTTISH_STV,
                        1,
                        true,
                        1,
                        now.minus(Duration.ofHours(2)),
                        today.minusDays(1),
                        now.minus(Duration.ofHours(1)),
                        now.plus(Duration.ofDays(7))),
                true);
        Instant nominating = now.minus(Duration.ofDays(6));
        String[] statements = {
            "Illustrative statement. I have taken the minutes at our last ten meetings and would like to do it properly: "
                    + "agendas out a week ahead, action points chased.",
            "Illustrative statement. I would keep our members' records up to date and make sure everyone hears about "
                    + "meetings, not just the regulars.",
            "Illustrative statement. As secretary I would link us up with the union branches and the CLP, so our "
                    + "motions get heard."
        };
        var nominations = new ArrayList<Nomination>();
        for (int i = 0; i < 3; i++) {
            long candidate = members.get(i);
            nominations.add(contests.nominate(
                    c.id(), candidate, candidate, statements[i], nominating.plus(Duration.ofHours(i))));
            contests.second(
                    c.id(), nominations.get(i).id(), members.get(3 + i), nominating.plus(Duration.ofHours(5 + i)));
        }
        // a few invented votes already in; the demo's member and organiser have not voted yet
        Instant voting = now.minus(Duration.ofMinutes(50));
        box.cast(
                c.id(),
                members.get(3),
                List.of(nominations.get(0).id(), nominations.get(2).id()),
                voting);
        box.cast(c.id(), members.get(4), List.of(nominations.get(1).id()), voting.plusSeconds(300));
        box.cast(
                c.id(),
                members.get(5),
                List.of(
                        nominations.get(2).id(),
                        nominations.get(0).id(),
                        nominations.get(1).id()),
                voting.plusSeconds(900));
    }

    /** The group's members on a day, leaving out {@code except}, in the order they joined. */
    private List<Long> members(Group group, LocalDate on, List<Long> except) {
        return groups.memberships(group.id()).stream()
                .filter(m -> m.openOn(on) && m.role() != Role.CONVENER)
                .map(Membership::personId)
                .distinct()
                .filter(id -> !except.contains(id))
                .toList();
    }

    private Person mp(String name) {
        return people.mps().stream()
                .filter(p -> p.displayName().equals(name))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException(name + " is not among the MPs; run ./convener import first"));
    }

    private static Instant at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(Format.LONDON).toInstant();
    }
}
