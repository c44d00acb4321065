package org.convener.people;

/** The ways to contact someone, each with its own consent. */
public enum Channel {
    EMAIL("Email"),
    PHONE("Phone"),
    POST("Post");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
