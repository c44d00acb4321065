package org.convener.votes.importing;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convener.engine.Party;
import org.convener.platform.imports.DataFile;
import org.convener.platform.imports.Dataset;
import org.convener.platform.imports.DatasetFiles;
import org.convener.platform.imports.DatasetImporter;
import org.convener.platform.imports.ImportException;
import org.convener.platform.imports.ImportProblem;
import org.convener.platform.imports.ImportProgress;
import org.convener.platform.imports.ImportSummary;
import org.convener.platform.imports.Problems;
import org.convener.seats.SeatIntelligence;
import org.convener.shared.Format;
import org.convener.votes.Lobby;
import org.convener.votes.MpRoll;
import org.convener.votes.Source;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Commons divisions as the official Commons Votes service publishes them, one JSON document per
 * division (as {@code /data/division/{id}.json} returns it), from the folder that {@code ./convener
 * import --download} fills. Where this and the Public Whip lists hold the same division, pages use
 * this one.
 */
@Component
class CommonsVotesImport implements DatasetImporter {

    static final String FOLDER = "commons-votes-api";
    static final String SERVICE = "https://commonsvotes-api.parliament.uk";

    static final Dataset DATASET = new Dataset(
            "commons-votes",
            "Commons divisions and MPs' votes from the Commons Votes service",
            "UK Parliament (Commons Votes API)",
            "Open Parliament Licence v3.0",
            "Contains Parliamentary information licensed under the Open Parliament Licence v3.0.",
            List.of(DataFile.folder(FOLDER, SERVICE + "/data/divisions.json/search")),
            List.of("mps", "byelections"),
            true);

    /** A member list of a division document: the side it is for, and whether its members are tellers. */
    private record MemberList(String field, Lobby lobby, boolean tellers) {}

    private static final List<MemberList> LISTS = List.of(
            new MemberList("/Ayes", Lobby.AYE, false),
            new MemberList("/Noes", Lobby.NO, false),
            new MemberList("/AyeTellers", Lobby.AYE, true),
            new MemberList("/NoTellers", Lobby.NO, true));

    /** Where a member is listed, and how they voted. */
    private record Listed(String pointer, String name, Lobby lobby, boolean teller, String party) {}

    private final ObjectProvider<SeatIntelligence> seats;
    private final DivisionWriter writer;

    CommonsVotesImport(ObjectProvider<SeatIntelligence> seats, DivisionWriter writer) {
        this.seats = seats;
        this.writer = writer;
    }

    @Override
    public Dataset dataset() {
        return DATASET;
    }

    @Override
    public ImportSummary load(DatasetFiles files, ImportProgress progress) {
        progress.stage("reading " + FOLDER);
        var documents = files.documents(FOLDER + "/", ".json");
        if (documents.isEmpty()) {
            throw new ImportException(ImportProblem.inFile(FOLDER + "/", "holds no division documents (*.json)"));
        }
        var batch = new DivisionBatch(MpRoll.of(seats.getObject().seats()));
        var fileOf = new HashMap<Integer, String>();
        var problems = new Problems();
        int done = 0;
        for (var document : documents.entrySet()) {
            progress.advance(done++, documents.size());
            problems.check(() -> read(JsonDocument.parse(document.getKey(), document.getValue()), batch, fileOf));
        }
        problems.throwIfAny();
        progress.stage("storing " + batch.divisions().size() + " divisions and "
                + batch.votes().size() + " votes");
        writer.replace(Source.COMMONS_VOTES, batch);
        var days = batch.divisions().values().stream()
                .map(DivisionBatch.DivisionRow::heldOn)
                .sorted()
                .toList();
        return new ImportSummary(
                batch.votes().size(),
                Format.count(batch.divisions().size()) + " divisions (" + Format.date(days.get(0)) + " – "
                        + Format.date(days.get(days.size() - 1)) + "), "
                        + Format.count(batch.votes().size())
                        + " votes by " + batch.members().size() + " MPs",
                batch.notes(FOLDER + "/"));
    }

    private static void read(JsonDocument doc, DivisionBatch batch, Map<Integer, String> fileOf) {
        if (!doc.root().isObject()) {
            throw doc.fail("", "a division document must be a JSON object");
        }
        int id = doc.wholeNumber("/DivisionId");
        if (id == 0) {
            throw doc.fail("/DivisionId", "must be greater than 0");
        }
        String earlier = fileOf.putIfAbsent(id, doc.file());
        if (earlier != null) {
            throw doc.fail("/DivisionId", "division " + id + " is also in " + earlier);
        }
        batch.add(new DivisionBatch.DivisionRow(
                id,
                day(doc),
                doc.wholeNumber("/Number"),
                doc.text("/Title"),
                doc.wholeNumber("/AyeCount"),
                doc.wholeNumber("/NoCount"),
                doc.yesNo("/IsDeferred", false),
                null));
        // who is in which list: an MP in both lobbies voted both ways
        var cast = new LinkedHashMap<Integer, Listed>();
        for (MemberList list : LISTS) {
            JsonNode members = doc.root().at(list.field());
            if (members.isMissingNode() || members.isNull()) {
                continue;
            }
            if (!members.isArray()) {
                throw doc.fail(list.field(), "must be a list of members");
            }
            for (int i = 0; i < members.size(); i++) {
                String at = list.field() + "/" + i;
                int memberId = doc.wholeNumber(at + "/MemberId");
                String name = doc.text(at + "/Name");
                Lobby lobby = list.lobby();
                Listed before = cast.get(memberId);
                if (before != null) {
                    if (list.tellers() || before.teller() || before.lobby() == lobby) {
                        throw doc.fail(at + "/MemberId", name + " (" + memberId + ") is listed twice");
                    }
                    lobby = Lobby.BOTH;
                }
                cast.put(memberId, new Listed(at, name, lobby, list.tellers(), party(doc, at)));
            }
        }
        for (var entry : cast.entrySet()) {
            Listed listed = entry.getValue();
            try {
                batch.add(
                        new DivisionBatch.VoteRow(id, entry.getKey(), listed.party(), listed.lobby(), listed.teller()),
                        listed.name());
            } catch (IllegalArgumentException e) {
                throw doc.fail(listed.pointer() + "/MemberId", e.getMessage());
            }
        }
    }

    private static LocalDate day(JsonDocument doc) {
        String text = doc.text("/Date");
        try {
            return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw doc.fail("/Date", "\"" + text + "\" is not a date (YYYY-MM-DDThh:mm:ss)");
        }
    }

    /** The party's Library code from the name the service gives ("Labour (Co-op)"), else its abbreviation. */
    private static String party(JsonDocument doc, String at) {
        String name = doc.optionalText(at + "/Party");
        Party party = Party.classify(name);
        if (party == Party.OTH) {
            party = Party.classify(doc.optionalText(at + "/PartyAbbreviation"));
        }
        return party.code();
    }
}
