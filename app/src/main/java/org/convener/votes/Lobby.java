package org.convener.votes;

/** Which way an MP went in a division. */
public enum Lobby {
    AYE("Aye"),
    NO("No"),
    /** Recorded in both lobbies: an active abstention, counted on each side. */
    BOTH("Both");

    private final String label;

    Lobby(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The lobby a source's word names: {@code aye}, {@code no} or {@code both}, in any case. */
    public static java.util.Optional<Lobby> named(String word) {
        for (Lobby lobby : values()) {
            if (lobby.name().equalsIgnoreCase(word == null ? "" : word.trim())) {
                return java.util.Optional.of(lobby);
            }
        }
        return java.util.Optional.empty();
    }
}
