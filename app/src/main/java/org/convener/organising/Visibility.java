package org.convener.organising;

/** Who may see a research document. */
public enum Visibility {
    CAUCUSES("Members of the chosen caucuses"),
    MEMBERS("Everyone signed in"),
    PUBLIC("Everyone, without signing in");

    private final String label;

    Visibility(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
