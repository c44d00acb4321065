package org.convener.seats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convener.engine.Candidacy;
import org.convener.engine.Constituency;
import org.convener.engine.ConstituencyCode;
import org.convener.engine.Nation;
import org.convener.engine.Party;
import org.convener.engine.Region;
import org.convener.engine.Result;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads every seat with its results in five queries. */
@Repository
class SeatRepository {

    private final JdbcClient jdbc;

    SeatRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Seat> loadAll() {
        Map<String, Constituency> constituencies = new LinkedHashMap<>();
        Map<String, String> types = new HashMap<>();
        jdbc.sql("""
                select c.code, c.name, c.constituency_type, c.nation, r.code as region_code, r.name as region_name
                from seats.constituency c join seats.region r on r.code = c.region_code
                order by c.name
                """).query(rs -> {
            String code = rs.getString("code");
            constituencies.put(
                    code,
                    new Constituency(
                            ConstituencyCode.of(code),
                            rs.getString("name"),
                            new Region(rs.getString("region_code"), rs.getString("region_name")),
                            Nation.valueOf(rs.getString("nation"))));
            types.put(code, rs.getString("constituency_type"));
        });
        if (constituencies.isEmpty()) {
            return List.of();
        }

        Map<String, List<Candidacy>> candidacies = new HashMap<>();
        jdbc.sql("""
                select election_id, constituency_code, party_code, party_name, candidate_name, votes
                from seats.candidacy order by election_id, constituency_code, position
                """).query(rs -> {
            candidacies
                    .computeIfAbsent(
                            rs.getString("election_id") + "/" + rs.getString("constituency_code"),
                            k -> new ArrayList<>())
                    .add(new Candidacy(
                            Party.ofCode(rs.getString("party_code")).orElse(Party.OTH),
                            rs.getString("party_name"),
                            rs.getString("candidate_name"),
                            rs.getLong("votes")));
        });

        Map<String, List<Contest>> contests = new HashMap<>();
        jdbc.sql("""
                select e.id, e.kind, e.held_on, e.title, c.constituency_code, c.electorate, c.invalid_votes, c.declared_result
                from seats.contest c join seats.election e on e.id = c.election_id
                order by e.held_on, e.id
                """).query(rs -> {
            String code = rs.getString("constituency_code");
            String electionId = rs.getString("id");
            contests.computeIfAbsent(code, k -> new ArrayList<>())
                    .add(new Contest(
                            electionId,
                            ElectionKind.valueOf(rs.getString("kind")),
                            rs.getDate("held_on").toLocalDate(),
                            rs.getString("title"),
                            new Result(ConstituencyCode.of(code), candidacies.get(electionId + "/" + code)),
                            (Integer) rs.getObject("electorate"),
                            (Integer) rs.getObject("invalid_votes"),
                            rs.getString("declared_result")));
        });

        Map<String, MemberOfParliament> mps = new HashMap<>();
        jdbc.sql("select * from seats.member_of_parliament").query(rs -> {
            mps.put(
                    rs.getString("constituency_code"),
                    new MemberOfParliament(
                            (Integer) rs.getObject("member_id"),
                            rs.getString("name"),
                            rs.getString("party_name"),
                            Party.ofCode(rs.getString("party_code")).orElse(Party.OTH),
                            rs.getString("email")));
        });

        Map<String, HexPosition> hexes = new HashMap<>();
        jdbc.sql("select constituency_code, q, r from seats.hex").query(rs -> {
            hexes.put(rs.getString("constituency_code"), new HexPosition(rs.getInt("q"), rs.getInt("r")));
        });

        var seats = new ArrayList<Seat>();
        constituencies.forEach((code, constituency) -> {
            Contest general = null;
            Contest notional = null;
            var byElections = new ArrayList<Contest>();
            for (Contest contest : contests.getOrDefault(code, List.of())) {
                switch (contest.kind()) {
                    case GENERAL -> general = contest;
                    case NOTIONAL -> notional = contest;
                    case BY_ELECTION -> byElections.add(contest);
                }
            }
            if (general != null) {
                seats.add(new Seat(
                        constituency, types.get(code), general, notional, byElections, mps.get(code), hexes.get(code)));
            }
        });
        return seats;
    }
}
