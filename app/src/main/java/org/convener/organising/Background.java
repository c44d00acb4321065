package org.convener.organising;

import java.time.Instant;

/**
 * What a member says of their own background, self-declared and optional, kept only with their
 * consent to this use, and read only by them and the organisers running a pipeline they are in.
 *
 * @param workingClass YES, NO or UNSURE, or {@code null} when not said
 */
public record Background(
        long personId,
        String workingClass,
        Boolean freeSchoolMeals,
        Boolean firstGeneration,
        String occupation,
        String tradeUnion,
        String inOwnWords,
        String consentWording,
        Instant consentedAt,
        Instant updatedAt) {

    /** What the member agrees to, shown beside the box they tick and kept with what they write. */
    public static final String CONSENT =
            "I choose to tell my local group's candidate pipeline organisers about my background, so that they can"
                    + " support me as a candidate. Only I and they will see it; I can change it or withdraw it at any time,"
                    + " and withdrawing deletes it.";

    public String workingClassLabel() {
        return workingClass == null
                ? "not said"
                : switch (workingClass) {
                    case "YES" -> "yes";
                    case "NO" -> "no";
                    default -> "unsure";
                };
    }
}
