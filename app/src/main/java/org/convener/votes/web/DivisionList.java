package org.convener.votes.web;

import java.util.List;
import java.util.Map;
import org.convener.votes.BlocVote;
import org.convener.votes.Coverage;
import org.convener.votes.Division;
import org.convener.votes.DivisionPage;
import org.convener.votes.Split;

/**
 * One page of the division list, each division with how the parties and the caucuses the viewer
 * may see split.
 *
 * @param words the title search, blank for all
 */
public record DivisionList(String words, DivisionPage page, List<Row> rows, Coverage coverage, boolean caucuses) {

    /** How many parties a row names before "and others". */
    public static final int PARTIES_SHOWN = 5;

    public record Row(Division division, List<Map.Entry<String, Split>> parties, List<BlocVote> caucuses) {

        public List<Map.Entry<String, Split>> shownParties() {
            return parties.subList(0, Math.min(PARTIES_SHOWN, parties.size()));
        }

        public int otherParties() {
            return Math.max(0, parties.size() - PARTIES_SHOWN);
        }
    }

    /** The address of another page of the same search. */
    public String pageLink(int number) {
        String query = words == null || words.isBlank()
                ? ""
                : "q=" + java.net.URLEncoder.encode(words.trim(), java.nio.charset.StandardCharsets.UTF_8) + "&";
        return "/divisions?" + query + "page=" + number;
    }
}
