package org.convener.letters;

import java.time.Instant;
import java.util.List;

/**
 * An open letter and every version of its text, with the caucuses invited to sign it and the asks
 * it makes. The guards here are the letter's rules; the database enforces the last of them too
 * (nothing changes once locked).
 *
 * @param organisingCaucus the caucus that drafts and runs it
 * @param invited the caucuses whose MPs may sign, the organising one first
 */
public record Letter(
        long id,
        long organisingCaucus,
        LetterStatus status,
        boolean illustrative,
        String createdBy,
        Instant createdAt,
        Instant openedAt,
        Instant lockedAt,
        Instant publishedAt,
        List<Version> versions,
        List<Long> invited,
        List<Long> askIds) {

    /** One version of the text. */
    public record Version(
            int number, String title, String addressee, String body, String writtenBy, Instant writtenAt) {}

    public Letter {
        versions = List.copyOf(versions);
        invited = List.copyOf(invited);
        askIds = List.copyOf(askIds);
    }

    public Version current() {
        return versions.get(versions.size() - 1);
    }

    public String title() {
        return current().title();
    }

    /** The text can change while nobody has signed it and it is not locked. */
    public void checkCanRevise(int liveSignatures) {
        if (status.fixed()) {
            throw new IllegalStateException("the letter is locked: its text cannot change");
        }
        if (liveSignatures > 0) {
            throw new IllegalStateException("MPs have signed this text; it cannot change under their names");
        }
    }

    public void checkCanInvite() {
        if (status.fixed()) {
            throw new IllegalStateException("the letter is locked: no more caucuses can be invited");
        }
    }

    public void checkCanOpen() {
        if (status != LetterStatus.DRAFT) {
            throw new IllegalStateException("only a draft can be opened for signatures; this letter is "
                    + status.label().toLowerCase());
        }
    }

    public void checkCanSign() {
        if (status == LetterStatus.DRAFT) {
            throw new IllegalStateException("the letter is still a draft: it is not open for signatures yet");
        }
        if (status.fixed()) {
            throw new IllegalStateException("the letter is locked: no more signatures");
        }
    }

    public void checkCanWithdraw() {
        if (status.fixed()) {
            throw new IllegalStateException("the letter is locked: signatures can no longer be withdrawn");
        }
    }

    public void checkCanLock(int liveSignatures) {
        if (status != LetterStatus.OPEN) {
            throw new IllegalStateException("only a letter open for signatures can be locked; this one is "
                    + status.label().toLowerCase());
        }
        if (liveSignatures == 0) {
            throw new IllegalStateException("nobody has signed yet");
        }
    }

    public void checkCanPublish() {
        if (status != LetterStatus.LOCKED) {
            throw new IllegalStateException(
                    status == LetterStatus.PUBLISHED
                            ? "the letter is already published"
                            : "lock the letter before publishing it");
        }
    }
}
