package org.convener.organising;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A document in the research library.
 *
 * @param caucusIds the caucuses that may see it, when its visibility is {@link Visibility#CAUCUSES}
 * @param topicIds topics from the engagements module's list
 * @param hasText whether its text was read for search (PDFs with text)
 */
public record ResearchDocument(
        long id,
        String title,
        DocumentKind kind,
        String source,
        LocalDate publishedOn,
        long fileId,
        String fileName,
        FileType type,
        int size,
        Visibility visibility,
        List<Long> caucusIds,
        List<Long> topicIds,
        boolean hasText,
        boolean illustrative,
        String uploadedBy,
        Instant uploadedAt) {

    public ResearchDocument {
        caucusIds = List.copyOf(caucusIds);
        topicIds = List.copyOf(topicIds);
    }

    public boolean restricted() {
        return visibility != Visibility.PUBLIC;
    }

    /**
     * A search result: the document and a passage around what was found, in which the words that
     * matched are between {@link #START} and {@link #STOP}.
     */
    public record Found(ResearchDocument document, String passage) {

        public static final String START = "\u0002";
        public static final String STOP = "\u0003";

        /** The passage in pieces, every odd one a match, for the page to mark without trusting markup. */
        public List<String> pieces() {
            if (passage == null) {
                return List.of();
            }
            var pieces = new java.util.ArrayList<String>();
            for (String part : passage.split(START, -1)) {
                int stop = part.indexOf(STOP);
                if (pieces.isEmpty()) {
                    pieces.add(part);
                } else if (stop < 0) {
                    pieces.add("");
                    pieces.add(part);
                } else {
                    pieces.add(part.substring(0, stop));
                    pieces.add(part.substring(stop + 1));
                }
            }
            return pieces;
        }
    }
}
