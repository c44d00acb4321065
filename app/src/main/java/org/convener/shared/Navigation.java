package org.convener.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * The site's sections for the header: a handful of sections that fit one line at desktop widths,
 * and under the header the pages of the section the reader is in. Sections for signed-in work
 * appear only to those signed in.
 */
public final class Navigation {

    /** A page within a section; {@code also} are paths that count as this page. */
    public record Page(String label, String href, List<String> also) {

        Page(String label, String href, String... also) {
            this(label, href, List.of(also));
        }

        boolean covers(PageContext context) {
            return context.in(href) || also.stream().anyMatch(context::in);
        }
    }

    public record Section(String label, List<Page> pages) {

        Section(String label, Page... pages) {
            this(label, List.of(pages));
        }

        public String href() {
            return pages.get(0).href();
        }

        public boolean current(PageContext context) {
            return pages.stream().anyMatch(p -> p.covers(context));
        }

        /** The page the reader is on, for {@code aria-current}; a longer match wins. */
        public boolean currentPage(Page page, PageContext context) {
            return page.equals(pages.stream()
                    .filter(p -> p.covers(context))
                    .reduce((a, b) -> b.href().length() > a.href().length() ? b : a)
                    .orElse(null));
        }
    }

    private Navigation() {}

    public static List<Section> sections(PageContext context) {
        var sections = new ArrayList<Section>();
        if (context.signedIn()) {
            sections.add(new Section("Home", new Page("What needs me", "/home")));
        }
        sections.add(new Section(
                "Seats",
                new Page("Seats", "/seats"),
                new Page("Map", "/map"),
                new Page("Runners-up", "/seats/runner-up"),
                new Page("Seat sets", "/sets")));
        sections.add(new Section("Polls", new Page("Polls", "/polls"), new Page("Projection", "/projection")));
        sections.add(new Section("Divisions", new Page("Divisions", "/divisions")));
        if (context.signedIn()) {
            sections.add(new Section(
                    "Organising",
                    new Page("Groups", "/groups"),
                    new Page("Vacancies", "/vacancies"),
                    new Page("People", "/people"),
                    new Page("Pipeline", "/pipeline"),
                    new Page("Library", "/library")));
            sections.add(new Section(
                    "Influence",
                    new Page("Engagements", "/engagements", "/calendar"),
                    new Page("Stakeholders", "/stakeholders"),
                    new Page("Follow-ups", "/follow-ups"),
                    new Page("Asks", "/asks", "/topics"),
                    new Page("Letters", "/letters"),
                    new Page("Metrics", "/metrics", "/bulletins")));
            sections.add(new Section("Ballots", new Page("Ballots", "/ballots", "/endorsements", "/hustings")));
        } else {
            sections.add(new Section("Open letters", new Page("Open letters", "/open-letters")));
        }
        return sections;
    }

    /** The section the reader is in, if any. */
    public static Section current(PageContext context) {
        return sections(context).stream()
                .filter(s -> s.current(context))
                .findFirst()
                .orElse(null);
    }
}
