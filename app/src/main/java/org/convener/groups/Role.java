package org.convener.groups;

/** A member's role in a group. Conveners and officers manage a caucus; organisers a local group. */
public enum Role {
    MEMBER("Member"),
    OFFICER("Officer"),
    CONVENER("Convener"),
    ORGANISER("Organiser");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The role as files and forms write it: {@code member}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the role manages a group of this kind. */
    public boolean manages(GroupKind kind) {
        return kind == GroupKind.CAUCUS ? this == CONVENER || this == OFFICER : this == ORGANISER;
    }

    /** The roles a group of this kind can give. */
    public static Role[] of(GroupKind kind) {
        return kind == GroupKind.CAUCUS ? new Role[] {MEMBER, OFFICER, CONVENER} : new Role[] {MEMBER, ORGANISER};
    }
}
