package org.convener.demo;

import java.util.List;
import java.util.Set;

/** Invented activists for the two illustrative local groups. */
final class DemoActivists {

    record Activist(String name, String email, String phone, Set<String> tags) {}

    private DemoActivists() {}

    static final List<Activist> DERBY = List.of(
            new Activist(
                    "Maya Okafor", "maya.okafor@example.org", "07700 900101", Set.of("trade union rep", "speaker")),
            new Activist("Tom Brennan", "tom.brennan@example.org", "07700 900102", Set.of("trade union rep")),
            new Activist("Priya Sandhu", "priya.sandhu@example.org", "07700 900103", Set.of("leafleting")),
            new Activist("Gareth Lowe", "gareth.lowe@example.org", "07700 900104", Set.of("driver", "leafleting")),
            new Activist("Hannah Price", "hannah.price@example.org", "07700 900105", Set.of("social media")),
            new Activist("Kwame Mensah", "kwame.mensah@example.org", "07700 900106", Set.of("door knocking")),
            new Activist("Lucy Hargreaves", "lucy.hargreaves@example.org", "07700 900107", Set.of("young labour")),
            new Activist("Declan Walsh", "declan.walsh@example.org", "07700 900108", Set.of("door knocking", "driver")),
            new Activist("Aisha Rahman", "aisha.rahman@example.org", "07700 900109", Set.of("community work")),
            new Activist("Steve Cartwright", "steve.cartwright@example.org", "07700 900110", Set.of("trade union rep")),
            new Activist("Beth Clayton", "beth.clayton@example.org", "07700 900111", Set.of()),
            new Activist("Imran Qureshi", "imran.qureshi@example.org", "07700 900112", Set.of("leafleting")));

    static final List<Activist> DONCASTER = List.of(
            new Activist(
                    "Karen Holroyd", "karen.holroyd@example.org", "07700 900201", Set.of("trade union rep", "speaker")),
            new Activist("Liam Fletcher", "liam.fletcher@example.org", "07700 900202", Set.of("young labour")),
            new Activist("Joanne Pickering", "joanne.pickering@example.org", "07700 900203", Set.of("community work")),
            new Activist("Mark Ashworth", "mark.ashworth@example.org", "07700 900204", Set.of("driver")),
            new Activist("Sadia Begum", "sadia.begum@example.org", "07700 900205", Set.of("door knocking")),
            new Activist("Paul Crossley", "paul.crossley@example.org", "07700 900206", Set.of("leafleting")),
            new Activist("Emma Whitworth", "emma.whitworth@example.org", "07700 900207", Set.of("social media")),
            new Activist(
                    "Dave Illingworth", "dave.illingworth@example.org", "07700 900208", Set.of("trade union rep")));
}
