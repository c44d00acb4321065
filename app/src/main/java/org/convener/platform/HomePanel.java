package org.convener.platform;

import java.util.List;
import java.util.Optional;

/**
 * A module's part of a signed-in user's home page: what is waiting for them there. Each module
 * contributes its own panels as beans, as it contributes its {@link AccessRules}; the home page
 * shows every panel that applies to the user, in {@link #order()}.
 */
public interface HomePanel {

    /** What this user has waiting here, or empty when the panel does not apply to them at all. */
    Optional<Panel> panel(CurrentUser user);

    /** Where the panel sits on the page: lower first. */
    int order();

    /**
     * @param title what the panel is about ("Follow-ups due")
     * @param items what needs the user, most urgent first
     * @param empty what to say when nothing is waiting
     * @param more a page with the whole list
     */
    record Panel(String title, List<Item> items, String empty, Link more) {

        public Panel {
            items = List.copyOf(items);
        }
    }

    /**
     * @param text what needs doing
     * @param href where to do it
     * @param detail when or where, in a word or two
     * @param urgent past its day, or otherwise pressing
     */
    record Item(String text, String href, String detail, boolean urgent) {}

    record Link(String label, String href) {}
}
