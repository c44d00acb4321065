package org.convener.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.convener.engine.Party;
import org.convener.groups.Group;
import org.convener.groups.GroupKind;
import org.convener.groups.Groups;
import org.convener.groups.OfficerPost;
import org.convener.groups.Role;
import org.convener.people.Channel;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.people.PersonDraft;
import org.convener.people.PersonKind;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.accounts.NewAccount;
import org.convener.seats.Seat;
import org.convener.seats.SeatIntelligence;
import org.convener.seats.SeatSet;
import org.convener.seats.SeatSets;
import org.convener.votes.FreeVoteExamples;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the illustrative groups, people and accounts. Every group it makes is flagged
 * illustrative, and every invented person has an address at example.org and a phone number from
 * the range Ofcom keeps for drama, so nothing here can be mistaken for, or reach, a real person.
 */
@Service
public class Demo {

    public static final String RED_WALL = "red-wall-caucus";
    public static final String GROWTH = "labour-growth-group";
    public static final String BLUE_LABOUR = "blue-labour";
    public static final String DERBY = "derby-red-labour";
    public static final String DONCASTER = "doncaster-red-labour";

    /** The caucus's convener: the MP for Bassetlaw. */
    static final String CONVENER_SEAT = "E14001079";

    static final String DERBY_NORTH = "E14001193";
    static final String DERBY_SOUTH = "E14001194";
    static final String DONCASTER_CENTRAL = "E14001198";
    static final String DONCASTER_NORTH = "E14001200";
    static final String DONCASTER_EAST = "E14001199";

    static final LocalDate FOUNDED = LocalDate.of(2024, 11, 19);

    /** The demonstration accounts and the role each shows. */
    static final java.util.Map<String, String> ROLES = new java.util.LinkedHashMap<>();

    static {
        ROLES.put("admin@example.org", "administrator");
        ROLES.put("convener@example.org", "convener");
        ROLES.put("organiser@example.org", "organiser");
        ROLES.put("member@example.org", "member");
        ROLES.put("mp@example.org", "member MP");
        ROLES.put("doncaster@example.org", "organiser");
    }

    /** A demonstration account: what it is for, and its one-time password. */
    public record DemoAccount(String role, String email, String who, String oneTimePassword) {}

    private final Groups groups;
    private final People people;
    private final Accounts accounts;
    private final SeatIntelligence seats;
    private final SeatSets sets;
    private final DemoInfluence influence;
    private final FreeVoteExamples freeVotes;
    private final org.convener.ballots.DemoBallots ballots;

    Demo(
            Groups groups,
            People people,
            Accounts accounts,
            SeatIntelligence seats,
            SeatSets sets,
            DemoInfluence influence,
            FreeVoteExamples freeVotes,
            org.convener.ballots.DemoBallots ballots) {
        this.influence = influence;
        this.freeVotes = freeVotes;
        this.ballots = ballots;
        this.groups = groups;
        this.people = people;
        this.accounts = accounts;
        this.seats = seats;
        this.sets = sets;
    }

    /** Whether the demo is already loaded. */
    public boolean loaded() {
        return groups.find(RED_WALL).isPresent();
    }

    /**
     * Loads everything in one transaction: it all arrives or none of it does.
     *
     * @return the accounts made, with their one-time passwords
     * @throws IllegalStateException when the MPs or the red-wall seat set are not imported yet
     */
    @Transactional
    public List<DemoAccount> load() {
        if (loaded()) {
            throw new IllegalStateException("the demo is already loaded");
        }
        SeatSet redWall = sets.find("redwall")
                .orElseThrow(() -> new IllegalStateException(
                        "the red-wall seat set is not imported; run ./convener import first"));
        List<Person> redWallMps =
                labourMps(seat -> redWall.contains(seat.constituency().code()));
        if (redWallMps.size() < 20) {
            throw new IllegalStateException("the MPs are not imported yet; run ./convener import first");
        }
        Person convener = redWallMps.stream()
                .filter(p -> CONVENER_SEAT.equals(p.constituencyCode()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the MP for Bassetlaw is not recorded"));
        List<Person> others =
                labourMps(seat -> !redWall.contains(seat.constituency().code()));

        Group redWallCaucus = redWallCaucus(convener, redWallMps);
        Person memberMp = redWallMps.stream()
                .filter(p -> DERBY_NORTH.equals(p.constituencyCode()))
                .findFirst()
                .orElseThrow();
        Group growth = otherCaucus(
                GROWTH,
                "Labour Growth Group (illustrative)",
                "An illustrative second caucus, for MPs pressing for growth and investment; its members are chosen by the demonstration.",
                everyNth(others, 23, 0),
                List.of(redWallMps.get(3), redWallMps.get(9), memberMp),
                LocalDate.of(2025, 1, 14));
        Group blueLabour = otherCaucus(
                BLUE_LABOUR,
                "Blue Labour (illustrative)",
                "An illustrative third caucus; its members are chosen by the demonstration.",
                everyNth(others, 29, 11),
                List.of(redWallMps.get(5), redWallMps.get(12)),
                LocalDate.of(2025, 2, 4));

        Group derby = localGroup(
                DERBY,
                "Derby Red Labour (illustrative)",
                "An illustrative local group for Derby North and Derby South.",
                List.of(DERBY_NORTH, DERBY_SOUTH),
                DemoActivists.DERBY,
                LocalDate.of(2025, 3, 8),
                List.of(
                        "Chair",
                        "Secretary",
                        "Treasurer",
                        "Campaigns officer",
                        "Political education officer",
                        "Trade union liaison officer"),
                Set.of("Chair", "Treasurer"));
        Group doncaster = localGroup(
                DONCASTER,
                "Doncaster Red Labour (illustrative)",
                "An illustrative local group for the three Doncaster constituencies.",
                List.of(DONCASTER_CENTRAL, DONCASTER_NORTH, DONCASTER_EAST),
                DemoActivists.DONCASTER,
                LocalDate.of(2025, 6, 21),
                List.of("Chair", "Secretary", "Treasurer", "Community organiser", "Political education officer"),
                Set.of("Secretary", "Community organiser"));

        influence.load(redWallCaucus, growth, blueLabour, memberMp.id());
        freeVotes.mark();

        Person organiser = organiserOf(derby);
        Person member = people.findByEmail(DemoActivists.DERBY.get(2).email()).orElseThrow();
        Person doncasterOrganiser = organiserOf(doncaster);
        ballots.load(redWallCaucus, convener.id(), derby, List.of(organiser.id(), member.id()));
        var made = new ArrayList<DemoAccount>();
        made.add(account("admin@example.org", null, true, "no person record; sees and manages everything"));
        made.add(account(
                "convener@example.org",
                convener,
                false,
                convener.displayName() + ", convener of " + redWallCaucus.name()));
        made.add(account(
                "organiser@example.org", organiser, false, organiser.displayName() + ", organiser of " + derby.name()));
        made.add(account("member@example.org", member, false, member.displayName() + ", member of " + derby.name()));
        made.add(account(
                "mp@example.org", memberMp, false, memberMp.displayName() + ", member of " + redWallCaucus.name()));
        made.add(account(
                "doncaster@example.org",
                doncasterOrganiser,
                false,
                doncasterOrganiser.displayName() + ", organiser of " + doncaster.name()));
        // the local group cannot add its MP (that would open her record to it), so it invites her;
        // she answers on her own page
        groups.invite(derby.id(), memberMp.id());
        return made;
    }

    /** The Labour MPs for seats that pass a test, in constituency-code order so the demo is the same every time. */
    private List<Person> labourMps(java.util.function.Predicate<Seat> which) {
        var mps = new ArrayList<Person>();
        seats.seats().stream()
                .filter(seat -> seat.mp() != null
                        && seat.mp().party() == Party.LAB
                        && seat.mp().memberId() != null)
                .filter(which)
                .sorted(Comparator.comparing(Seat::code))
                .forEach(seat -> people.findMp(seat.mp().memberId()).ifPresent(mps::add));
        return mps;
    }

    private static List<Person> everyNth(List<Person> people, int n, int offset) {
        var chosen = new ArrayList<Person>();
        for (int i = offset; i < people.size() && chosen.size() < 14; i += n) {
            chosen.add(people.get(i));
        }
        return chosen;
    }

    /**
     * Founded by two dozen MPs, 35 within a month and the rest by the spring, as the real caucus
     * grew; one member has since left, so the history shows an ending too.
     */
    private Group redWallCaucus(Person convener, List<Person> mps) {
        Group caucus = groups.create(
                GroupKind.CAUCUS,
                "Red Wall Caucus (illustrative)",
                RED_WALL,
                "An illustrative caucus of Labour MPs for red-wall seats, built from the MPs for the red-wall seat set. "
                        + "Its members, dates and officers are invented for the demonstration.",
                true,
                List.of());
        var members = new ArrayList<>(mps);
        members.remove(convener);
        groups.join(caucus.id(), convener.id(), Role.CONVENER, FOUNDED);
        for (int i = 0; i < members.size(); i++) {
            LocalDate joined = i < 23
                    ? FOUNDED
                    : i < 34 ? LocalDate.of(2024, 12, 10) : LocalDate.of(2025, 1 + (i - 34) % 5, 6 + i % 20);
            groups.join(caucus.id(), members.get(i).id(), Role.MEMBER, joined);
        }
        // two officers, one of whom took the role some months in
        var secretary = groups.currentMemberships(caucus.id()).get(1);
        groups.changeRole(secretary.id(), Role.OFFICER, LocalDate.of(2025, 2, 3));
        var whip = groups.currentMemberships(caucus.id()).get(4);
        groups.changeRole(whip.id(), Role.OFFICER, LocalDate.of(2025, 2, 3));
        var leaver = groups.currentMemberships(caucus.id()).stream()
                .filter(m -> m.role() == Role.MEMBER)
                .reduce((a, b) -> b)
                .orElseThrow();
        groups.leave(leaver.id(), LocalDate.of(2026, 3, 2), "left the caucus");

        OfficerPost convenerPost = groups.createPost(caucus.id(), "Convener", "Leads the caucus and speaks for it.");
        groups.appoint(convenerPost.id(), convener.id(), FOUNDED);
        OfficerPost secretaryPost =
                groups.createPost(caucus.id(), "Secretary", "Keeps the record of meetings and asks.");
        groups.appoint(secretaryPost.id(), secretary.personId(), LocalDate.of(2025, 2, 3));
        OfficerPost whipPost = groups.createPost(caucus.id(), "Whip", "Keeps members in touch and counts support.");
        groups.appoint(whipPost.id(), whip.personId(), LocalDate.of(2025, 2, 3));
        groups.createPost(caucus.id(), "Policy officer", "Prepares the caucus's asks and briefings.");
        return caucus;
    }

    private Group otherCaucus(
            String slug,
            String name,
            String description,
            List<Person> mps,
            List<Person> alsoRedWall,
            LocalDate founded) {
        Group caucus = groups.create(GroupKind.CAUCUS, name, slug, description, true, List.of());
        var members = new ArrayList<>(mps);
        alsoRedWall.forEach(p -> {
            if (!members.contains(p)) {
                members.add(p);
            }
        });
        groups.join(caucus.id(), members.get(0).id(), Role.CONVENER, founded);
        for (int i = 1; i < members.size(); i++) {
            groups.join(caucus.id(), members.get(i).id(), Role.MEMBER, founded.plusWeeks(i / 4));
        }
        OfficerPost post = groups.createPost(caucus.id(), "Convener", null);
        groups.appoint(post.id(), members.get(0).id(), founded);
        groups.createPost(caucus.id(), "Secretary", null);
        return caucus;
    }

    private Group localGroup(
            String slug,
            String name,
            String description,
            List<String> constituencies,
            List<DemoActivists.Activist> activists,
            LocalDate founded,
            List<String> posts,
            Set<String> filled) {
        Group group = groups.create(
                GroupKind.LOCAL_GROUP,
                name,
                slug,
                description,
                true,
                constituencies.stream().map(code -> new Group.Area(code, null)).toList());
        var recorded = new ArrayList<Person>();
        for (int i = 0; i < activists.size(); i++) {
            var a = activists.get(i);
            Person person = people.create(new PersonDraft(
                    a.name(),
                    PersonKind.ACTIVIST,
                    constituencies.get(i % constituencies.size()),
                    a.email(),
                    a.phone(),
                    null,
                    null,
                    a.tags()));
            people.recordConsent(person.id(), Channel.EMAIL, true, "ticked the box on the group's sign-up form");
            if (i % 3 != 2) {
                people.recordConsent(person.id(), Channel.PHONE, true, "agreed at a meeting");
            }
            groups.join(group.id(), person.id(), i == 0 ? Role.ORGANISER : Role.MEMBER, founded.plusWeeks(i));
            recorded.add(person);
        }
        int holder = 3;
        for (String title : posts) {
            OfficerPost post = groups.createPost(group.id(), title, null);
            if (filled.contains(title)) {
                groups.appoint(
                        post.id(), recorded.get(holder++ % recorded.size()).id(), founded.plusWeeks(activists.size()));
            }
        }
        // someone has already offered to take a vacant post
        groups.posts(group.id()).stream()
                .filter(OfficerPost::vacant)
                .findFirst()
                .ifPresent(post ->
                        groups.volunteer(post.id(), recorded.get(1).id(), "Happy to do this alongside my union work."));
        return group;
    }

    private Person organiserOf(Group group) {
        long id = groups.currentMemberships(group.id()).stream()
                .filter(m -> m.role() == Role.ORGANISER)
                .findFirst()
                .orElseThrow()
                .personId();
        return people.find(id).orElseThrow();
    }

    private DemoAccount account(String email, Person person, boolean admin, String who) {
        NewAccount made = accounts.create(email, person == null ? null : person.id(), admin);
        return new DemoAccount(ROLES.get(email), made.account().email(), who, made.oneTimePassword());
    }

    /** Issues new one-time passwords for the demonstration accounts, for when the first ones are lost. */
    @Transactional
    public List<DemoAccount> newPasswords() {
        var issued = new ArrayList<DemoAccount>();
        for (var entry : ROLES.entrySet()) {
            String email = entry.getKey();
            accounts.find(email)
                    .ifPresent(account -> issued.add(new DemoAccount(
                            entry.getValue(),
                            account.email(),
                            account.personId() == null
                                    ? "administrator"
                                    : people.find(account.personId())
                                            .map(Person::displayName)
                                            .orElse(""),
                            accounts.resetPassword(account.id()))));
        }
        return issued;
    }
}
