package org.convener.bulletins;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A caucus's bulletin for a week (its Monday): a draft the weekly job or an officer assembles, an
 * officer's introduction, approval, then publication, after which it never changes.
 *
 * @param isPublic whether anyone may read it once published, or only those who may see the caucus
 */
public record Bulletin(
        long id,
        long caucusId,
        LocalDate week,
        Status status,
        boolean isPublic,
        String intro,
        Figures figures,
        Instant assembledAt,
        Instant approvedAt,
        Instant publishedAt,
        boolean illustrative) {

    public enum Status {
        DRAFT("Draft"),
        APPROVED("Approved, not yet published"),
        PUBLISHED("Published");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean published() {
        return status == Status.PUBLISHED;
    }

    /** Guards an edit: only a bulletin not yet published changes; an approved one goes back to draft. */
    public void checkEditable() {
        if (published()) {
            throw new IllegalStateException("the bulletin for the week of " + week + " is published and cannot change");
        }
    }

    /** Guards publication: it must be approved first. */
    public void checkPublishable() {
        if (status == Status.DRAFT) {
            throw new IllegalStateException("an officer must approve the bulletin before it goes out");
        }
        checkEditable();
    }

    public String path(String caucusSlug) {
        return "/bulletins/" + caucusSlug + "/" + week;
    }
}
