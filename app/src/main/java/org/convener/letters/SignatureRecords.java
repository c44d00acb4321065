package org.convener.letters;

import java.util.Map;
import org.convener.people.PersonRecords;
import org.springframework.stereotype.Component;

/**
 * A person's signatures, for a subject access request; and on erasure, their name taken off
 * letters still being drafted or circulated. A locked or published letter is a public record and
 * keeps its signatories.
 */
@Component
class SignatureRecords implements PersonRecords {

    private final LetterStore store;

    SignatureRecords(LetterStore store) {
        this.store = store;
    }

    @Override
    public Map<String, Object> about(long personId) {
        return Map.of("letterSignatures", store.signaturesOf(personId));
    }

    @Override
    public void erase(long personId) {
        store.eraseSignatures(personId);
    }
}
