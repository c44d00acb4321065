package org.convener.seats.importing;

/** The official files seat intelligence is built from, with their publishers and licences. */
final class SeatSources {

    private SeatSources() {}

    static final String OPEN_PARLIAMENT_LICENCE = "Open Parliament Licence v3.0";
    static final String PARLIAMENT_ATTRIBUTION =
            "Contains Parliamentary information licensed under the Open Parliament Licence v3.0.";
    static final String HOC_LIBRARY = "House of Commons Library";
    static final String PSEPHOLOGY = "https://raw.githubusercontent.com/ukparliament/psephology/main/db/data/";

    static final String GE2024_CONSTITUENCIES = "HoC-GE2024-results-by-constituency.csv";
    static final String GE2024_CANDIDATES = "HoC-GE2024-results-by-candidate.csv";
    static final String NOTIONAL_2019 = "notional-general-election-2019-results-long.csv";
    static final String REVISED_CODES = "revised_constituency_ids.csv";
    static final String BY_ELECTION_CONSTITUENCIES = "by-elections-2024-parliament-results-by-constituency.csv";
    static final String BY_ELECTION_CANDIDATES = "by-elections-2024-parliament-results-by-candidate.csv";
    static final String MP_LOOKUP = "mp_lookup.csv";
    static final String HEX_MAP = "uk-constituencies-2023.hexjson";

    static final String GE2024 = "ge2024";
    static final String NOTIONAL2019 = "notional2019";
}
