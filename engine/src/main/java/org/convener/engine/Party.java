package org.convener.engine;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A party as the House of Commons Library codes it. Parties outside the Library's list are
 * {@link #OTH}; the raw party name travels beside the code wherever it matters.
 */
public enum Party {
    CON("Con", "Conservative", "#0087DC", false),
    LAB("Lab", "Labour", "#E4003B", false),
    LD("LD", "Liberal Democrat", "#FAA61A", true),
    RUK("RUK", "Reform UK", "#12B6CF", true),
    GREEN("Green", "Green", "#02A95B", false),
    SNP("SNP", "Scottish National Party", "#FDF38E", true),
    PC("PC", "Plaid Cymru", "#005B54", false),
    DUP("DUP", "Democratic Unionist Party", "#D46A4C", false),
    SF("SF", "Sinn Féin", "#326760", false),
    SDLP("SDLP", "Social Democratic and Labour Party", "#2AA82C", false),
    UUP("UUP", "Ulster Unionist Party", "#48A5EE", true),
    APNI("APNI", "Alliance", "#F6CB2F", true),
    TUV("TUV", "Traditional Unionist Voice", "#0C3A6A", false),
    SPK("Spk", "Speaker", "#6E6E6E", false),
    IND("Ind", "Independent", "#9E9E9E", true),
    OTH("Oth", "Other", "#C8C8C8", true);

    /**
     * The parties a Great Britain projection models, in a fixed order: the seven the Library codes
     * in GB, and everyone else together as {@link #OTH}.
     */
    public static final java.util.List<Party> GB_MODEL = java.util.List.of(CON, LAB, LD, RUK, GREEN, SNP, PC, OTH);

    private static final Map<String, Party> BY_CODE;
    // Names and codes the published files use for a party the Library codes differently.
    private static final Map<String, Party> ALIASES = Map.ofEntries(
            Map.entry("conservative", CON),
            Map.entry("labour", LAB),
            Map.entry("labour (co-op)", LAB),
            Map.entry("labour and co-operative", LAB),
            Map.entry("liberal democrat", LD),
            Map.entry("liberal democrats", LD),
            Map.entry("reform uk", RUK),
            // Reform UK is the Brexit Party renamed; the Library compares the two directly.
            Map.entry("brx", RUK),
            Map.entry("brexit party", RUK),
            Map.entry("green party", GREEN),
            Map.entry("scottish national party", SNP),
            Map.entry("plaid cymru", PC),
            Map.entry("democratic unionist party", DUP),
            Map.entry("sinn féin", SF),
            Map.entry("social democratic & labour party", SDLP),
            Map.entry("ulster unionist party", UUP),
            Map.entry("alliance", APNI),
            Map.entry("all", APNI),
            Map.entry("traditional unionist voice", TUV),
            Map.entry("speaker", SPK),
            Map.entry("spkr", SPK),
            Map.entry("commons speaker", SPK),
            Map.entry("independent", IND));

    static {
        var byCode = new java.util.HashMap<String, Party>();
        for (Party p : values()) {
            byCode.put(p.code.toLowerCase(Locale.ROOT), p);
        }
        BY_CODE = Map.copyOf(byCode);
    }

    private final String code;
    private final String displayName;
    private final String colour;
    private final boolean darkText;

    Party(String code, String displayName, String colour, boolean darkText) {
        this.code = code;
        this.displayName = displayName;
        this.colour = colour;
        this.darkText = darkText;
    }

    /** Whether the party puts up candidates in a nation: the SNP only in Scotland, Plaid only in Wales. */
    public boolean standsIn(Nation nation) {
        return switch (this) {
            case SNP -> nation == Nation.SCOTLAND;
            case PC -> nation == Nation.WALES;
            case DUP, SF, SDLP, UUP, APNI, TUV -> nation == Nation.NORTHERN_IRELAND;
            default -> true;
        };
    }

    /** The party a GB projection counts this one as: itself if modelled, else {@link #OTH}. */
    public Party inGbModel() {
        return GB_MODEL.contains(this) ? this : OTH;
    }

    /**
     * The party a GB projection names a seat's winner by: a modelled party as itself, an independent
     * or the Speaker as such, and any other party as {@link #OTH}.
     */
    public static Party asContender(Party party) {
        return party == IND || party == SPK ? party : party.inGbModel();
    }

    /** The House of Commons Library code, e.g. {@code Lab} or {@code RUK}. */
    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    /** Fill colour for charts and maps. */
    public String colour() {
        return colour;
    }

    /** Text colour that stays readable on {@link #colour()}. */
    public String textColour() {
        return darkText ? "#111111" : "#FFFFFF";
    }

    /** The party with exactly this Library code, if it is one. */
    public static Optional<Party> ofCode(String code) {
        return code == null
                ? Optional.empty()
                : Optional.ofNullable(BY_CODE.get(code.trim().toLowerCase(Locale.ROOT)));
    }

    /**
     * Classifies a party as a published file labels it (a Library code, an abbreviation or a
     * name); anything else is {@link #OTH}.
     */
    public static Party classify(String label) {
        if (label == null || label.isBlank()) {
            return OTH;
        }
        String key = label.trim().toLowerCase(Locale.ROOT);
        Party party = BY_CODE.get(key);
        if (party != null) {
            return party;
        }
        return ALIASES.getOrDefault(key, OTH);
    }
}
