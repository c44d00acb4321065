package org.convener.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.convener.engagements.Ask;
import org.convener.engagements.AskStatus;
import org.convener.engagements.Asks;
import org.convener.engagements.Engagement;
import org.convener.engagements.EngagementKind;
import org.convener.engagements.Engagements;
import org.convener.engagements.FollowUps;
import org.convener.engagements.StakeholderCategory;
import org.convener.engagements.Stakeholders;
import org.convener.engagements.Topic;
import org.convener.engagements.Topics;
import org.convener.groups.Group;
import org.convener.groups.Groups;
import org.convener.groups.Membership;
import org.convener.groups.Role;
import org.convener.letters.Letter;
import org.convener.letters.Letters;
import org.convener.letters.Signatures;
import org.convener.people.PersonDraft;
import org.convener.people.PersonKind;
import org.convener.shared.Format;
import org.springframework.stereotype.Component;

/**
 * The demonstration's work on the leadership: invented stakeholders in real-sounding posts,
 * engagements with them, asks at every status, follow-ups (one overdue), a published letter signed
 * across three caucuses and an open one waiting for signatures.
 */
@Component
class DemoInfluence {

    private static final String CONFIRMED = "confirmed to the convener (illustrative)";

    private final Stakeholders stakeholders;
    private final Engagements engagements;
    private final FollowUps followUps;
    private final Asks asks;
    private final Topics topics;
    private final Letters letters;
    private final Signatures signatures;
    private final Groups groups;

    DemoInfluence(
            Stakeholders stakeholders,
            Engagements engagements,
            FollowUps followUps,
            Asks asks,
            Topics topics,
            Letters letters,
            Signatures signatures,
            Groups groups) {
        this.stakeholders = stakeholders;
        this.engagements = engagements;
        this.followUps = followUps;
        this.asks = asks;
        this.topics = topics;
        this.letters = letters;
        this.signatures = signatures;
        this.groups = groups;
    }

    void load(Group redWall, Group growth, Group blueLabour, long keepUnsigned) {
        keeper = redWall.id();
        long leader = stakeholder(
                "Helen Marsh",
                StakeholderCategory.MINISTER,
                "Department for Education",
                "Minister of State for Schools",
                LocalDate.of(2024, 7, 8));
        stakeholders.endPosition(stakeholders.positions(leader).get(0).id(), LocalDate.of(2025, 9, 5));
        stakeholders.addPosition(
                leader,
                StakeholderCategory.MINISTER,
                "Cabinet Office",
                "Leader of the House of Commons",
                LocalDate.of(2025, 9, 6),
                null);
        long dwp = stakeholder(
                "David Okoro",
                StakeholderCategory.MINISTER,
                "Department for Work and Pensions",
                "Secretary of State for Work and Pensions",
                LocalDate.of(2025, 9, 6));
        long strategist = stakeholder(
                "Ruth Ellison",
                StakeholderCategory.ADVISER,
                "Prime Minister's Office",
                "Chief of strategy",
                LocalDate.of(2024, 7, 5));
        stakeholders.endPosition(stakeholders.positions(strategist).get(0).id(), LocalDate.of(2025, 9, 1));
        long pollster = stakeholder(
                "Tom Hargreaves",
                StakeholderCategory.POLLSTER,
                "Northfield Research (illustrative)",
                "Director of political research",
                null);
        long organiser = stakeholder(
                "Anita Desai", StakeholderCategory.PARTY_OFFICIAL, "Labour Party", "Head of field operations", null);
        // kept by another caucus and never met by this one: its officers see who she is, not how to reach her
        keeper = blueLabour.id();
        stakeholder(
                "Sam Whitaker",
                StakeholderCategory.JOURNALIST,
                "Northern Chronicle (illustrative)",
                "Political editor",
                LocalDate.of(2023, 4, 3));
        keeper = redWall.id();

        List<Long> members = groups.currentMemberships(redWall.id()).stream()
                .map(Membership::personId)
                .toList();
        long convener = members.get(0);
        long secretary = officer(redWall, 0);
        long whip = officer(redWall, 1);

        // asks, some older than the engagements that raised them
        Ask immigration = asks.draft(
                redWall.id(),
                topic("Immigration messaging"),
                "One clear message on immigration",
                "The government should speak with one voice on immigration, leading with control and fairness, and stop announcing "
                        + "policies before they are ready.",
                LocalDate.of(2025, 9, 29));
        Ask welfare = asks.draft(
                redWall.id(),
                topic("Welfare"),
                "Review the universal credit taper",
                "Commission a review of the universal credit taper rate, reporting before the summer recess, so that work always pays.",
                LocalDate.of(2026, 1, 20));
        Ask greenBook = asks.draft(
                redWall.id(),
                topic("Green Book reform"),
                "Reform the Green Book",
                "Change the Treasury's Green Book so that investment appraisal counts the return to places that have been left behind, "
                        + "not only where land values are already high.",
                LocalDate.of(2026, 3, 2));
        asks.addEvidence(greenBook.id(), Ask.EvidenceKind.SEAT_SET, "caucus-" + Demo.RED_WALL, "the members' seats");
        asks.addEvidence(
                greenBook.id(),
                Ask.EvidenceKind.PROJECTION,
                "/projection",
                "the seats at risk under the current poll average");
        asks.addEvidence(greenBook.id(), Ask.EvidenceKind.SEAT, "E14001079", "Bassetlaw: a Reform target");
        Ask gp = asks.draft(
                redWall.id(),
                topic("GP access"),
                "Same-week GP appointments in towns",
                "Guarantee a same-week GP appointment in every town, starting with the red-wall seats.",
                LocalDate.of(2025, 10, 1));
        Ask idCards = asks.draft(
                redWall.id(),
                topic("ID cards"),
                "Drop compulsory digital ID",
                "Do not make digital ID compulsory for the right to work.",
                LocalDate.of(2025, 10, 1));
        Ask deportations = asks.draft(
                redWall.id(),
                topic("Deportations"),
                "Publish monthly removal figures",
                "Publish the number of removals each month, by route.",
                LocalDate.of(2025, 10, 1));
        asks.draft(
                growth.id(),
                topic("Investment in the North and the Midlands"),
                "A northern investment fund",
                "Set up a dedicated fund for investment in the North and the Midlands.",
                LocalDate.of(2026, 2, 1));

        Engagement house = engagements.log(new Engagements.Details(
                redWall.id(),
                EngagementKind.MEETING,
                "Meeting with the Leader of the House",
                at(2025, 10, 14, 16, 0),
                45,
                "Leader of the House's office, Palace of Westminster",
                "Illustrative notes. The caucus set out what members hear on the doorstep about immigration and anti-social behaviour.",
                List.of(leader, convener, secretary, whip, members.get(5)),
                List.of(topic("Immigration messaging"), topic("Anti-social behaviour"))));
        engagements.raise(house.id(), immigration.id());
        engagements.raise(house.id(), gp.id());
        engagements.raise(house.id(), idCards.id());
        asks.move(
                immigration.id(),
                AskStatus.ACKNOWLEDGED,
                LocalDate.of(2025, 11, 3),
                "acknowledged in the Leader of the House's reply",
                null);
        asks.move(gp.id(), AskStatus.ACKNOWLEDGED, LocalDate.of(2025, 11, 3), "acknowledged in the same reply", null);
        asks.move(
                gp.id(),
                AskStatus.COMMITTED,
                LocalDate.of(2026, 1, 12),
                "committed to in the NHS plan announcement",
                null);
        asks.move(
                gp.id(),
                AskStatus.DELIVERED,
                LocalDate.of(2026, 6, 1),
                "the guarantee started in the pilot areas",
                null);
        asks.move(
                idCards.id(),
                AskStatus.REFUSED,
                LocalDate.of(2025, 12, 2),
                "the Home Office confirmed the policy stands",
                null);
        asks.move(
                deportations.id(),
                AskStatus.DROPPED,
                LocalDate.of(2025, 11, 20),
                "overtaken by the Home Office's own statistics release",
                null);
        var sent = followUps.add(
                house.id(),
                "Send the Leader's office the seats where Reform came second",
                secretary,
                LocalDate.of(2025, 10, 21));
        followUps.complete(sent.id());

        Engagement dwpMeeting = engagements.log(new Engagements.Details(
                redWall.id(),
                EngagementKind.MEETING,
                "Meeting with the Work and Pensions Secretary",
                at(2026, 2, 10, 11, 30),
                60,
                "Caxton House",
                "Illustrative notes. Members described constituents caught by the taper.",
                List.of(dwp, convener, whip, members.get(7), members.get(9)),
                List.of(topic("Welfare"), topic("Cost of living"))));
        engagements.raise(dwpMeeting.id(), welfare.id());
        engagements.commit(
                dwpMeeting.id(),
                welfare.id(),
                dwp,
                "The Department will review the taper and report before the summer recess.");
        followUps.add(
                dwpMeeting.id(),
                "Circulate the Secretary of State's commitment to every member",
                whip,
                LocalDate.of(2026, 2, 17));
        followUps.add(
                dwpMeeting.id(),
                "Ask the Department for the review's terms of reference",
                secretary,
                LocalDate.of(2026, 3, 31));

        engagements.log(new Engagements.Details(
                redWall.id(),
                EngagementKind.BRIEFING,
                "Polling briefing: Reform's vote in the red wall",
                at(2026, 6, 2, 9, 0),
                60,
                "Portcullis House",
                "Illustrative notes.",
                List.of(pollster, convener, secretary),
                List.of(topic("Immigration messaging"), topic("Cost of living"))));
        engagements.log(new Engagements.Details(
                redWall.id(),
                EngagementKind.CALL,
                "Call with the former chief of strategy",
                at(2025, 8, 19, 17, 0),
                30,
                null,
                null,
                List.of(strategist, convener),
                List.of()));
        LocalDate soon = engagements.today().plusDays(17);
        engagements.log(new Engagements.Details(
                redWall.id(),
                EngagementKind.SPEAKER_SESSION,
                "Speaker session: the ground campaign",
                at(soon.getYear(), soon.getMonthValue(), soon.getDayOfMonth(), 18, 0),
                90,
                "Committee Room 10",
                null,
                List.of(organiser),
                List.of(topic("Cost of living"))));

        publishedLetter(redWall, growth, blueLabour, immigration);
        openLetter(redWall, growth, greenBook, keepUnsigned);
    }

    /** Signed across three caucuses, one signature withdrawn before it was locked, then published. */
    private void publishedLetter(Group redWall, Group growth, Group blueLabour, Ask ask) {
        Letter letter =
                letters.draft(redWall.id(), "Put working people's priorities first", "The Prime Minister", """
                Dear Prime Minister,

                We write as Labour MPs for seats across the North, the Midlands and Wales. Our constituents voted for change, and they \
                are waiting to feel it: in their wages, their high streets and their GP surgeries.

                We ask the government to speak plainly about immigration, to put investment where it has been missing for a \
                generation, and to make sure that work always pays.

                This letter is illustrative: it was written by the Convener demonstration.

                Yours sincerely,""", true);
        letters.invite(letter.id(), growth.id());
        letters.invite(letter.id(), blueLabour.id());
        letters.linkAsk(letter.id(), ask.id());
        letters.open(letter.id());
        var signers = new ArrayList<Long>();
        signers.addAll(mps(redWall).subList(0, 18));
        mps(growth).stream().limit(6).forEach(signers::add);
        mps(blueLabour).stream().limit(5).forEach(signers::add);
        var signed = new java.util.HashSet<Long>();
        for (long mp : signers) {
            if (signed.add(mp)) {
                signatures.sign(letter.id(), mp, CONFIRMED);
            }
        }
        var withdrawn = signatures.liveSignatures(letter.id()).get(3);
        signatures.withdraw(withdrawn.id(), "asked to withdraw before publication (illustrative)");
        letters.lock(letter.id());
        letters.publish(letter.id());
    }

    /** Still collecting signatures, so that the demo's MP (left unsigned) can sign it. */
    private void openLetter(Group redWall, Group growth, Ask ask, long keepUnsigned) {
        Letter letter = letters.draft(redWall.id(), "Fix the Green Book", "The Chancellor of the Exchequer", """
                Dear Chancellor,

                The Treasury's Green Book decides where public investment goes. As it stands it favours places that are already \
                prosperous. We ask you to reform it so that the North and the Midlands get a fair return.

                This letter is illustrative: it was written by the Convener demonstration.""", true);
        letters.invite(letter.id(), growth.id());
        letters.linkAsk(letter.id(), ask.id());
        letters.open(letter.id());
        mps(redWall).stream()
                .skip(20)
                .filter(mp -> mp != keepUnsigned)
                .limit(4)
                .forEach(mp -> signatures.sign(letter.id(), mp, CONFIRMED));
    }

    private List<Long> mps(Group caucus) {
        return groups.currentMemberships(caucus.id()).stream()
                .map(Membership::personId)
                .toList();
    }

    private long officer(Group caucus, int which) {
        return groups.currentMemberships(caucus.id()).stream()
                .filter(m -> m.role() == Role.OFFICER)
                .skip(which)
                .findFirst()
                .orElseThrow()
                .personId();
    }

    /** The caucus that keeps the stakeholders made next. */
    private long keeper;

    private int stakeholdersMade;

    /** An invented stakeholder with an office email at example.org and a phone number from Ofcom's drama range. */
    private long stakeholder(
            String name, StakeholderCategory category, String organisation, String role, LocalDate since) {
        stakeholdersMade++;
        return stakeholders
                .add(
                        new PersonDraft(
                                name,
                                PersonKind.STAKEHOLDER,
                                null,
                                name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.org",
                                "020 7946 0" + (300 + stakeholdersMade),
                                null,
                                "Illustrative stakeholder made by the demonstration: an invented person.",
                                Set.of()),
                        category,
                        organisation,
                        role,
                        since,
                        keeper)
                .person()
                .id();
    }

    private long topic(String name) {
        return topics.all().stream()
                .filter(t -> t.name().equals(name))
                .map(Topic::id)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the topic " + name + " is missing"));
    }

    private static java.time.Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDate.of(year, month, day)
                .atTime(LocalTime.of(hour, minute))
                .atZone(Format.LONDON)
                .toInstant();
    }
}
