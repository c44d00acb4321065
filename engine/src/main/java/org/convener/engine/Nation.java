package org.convener.engine;

/** The four nations of the UK, each with its own party system. */
public enum Nation {
    ENGLAND("England", 'E'),
    SCOTLAND("Scotland", 'S'),
    WALES("Wales", 'W'),
    NORTHERN_IRELAND("Northern Ireland", 'N');

    private final String displayName;
    private final char onsPrefix;

    Nation(String displayName, char onsPrefix) {
        this.displayName = displayName;
        this.onsPrefix = onsPrefix;
    }

    public String displayName() {
        return displayName;
    }

    /** Great Britain is polled together; Northern Ireland is not. */
    public boolean inGreatBritain() {
        return this != NORTHERN_IRELAND;
    }

    static Nation ofOnsPrefix(char prefix) {
        for (Nation nation : values()) {
            if (nation.onsPrefix == prefix) {
                return nation;
            }
        }
        throw new IllegalArgumentException("no nation has ONS prefix " + prefix);
    }

    public static Nation ofName(String name) {
        for (Nation nation : values()) {
            if (nation.displayName.equalsIgnoreCase(name.trim())) {
                return nation;
            }
        }
        throw new IllegalArgumentException("unknown nation \"" + name + "\"");
    }
}
