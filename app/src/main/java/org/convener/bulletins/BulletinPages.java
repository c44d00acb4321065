package org.convener.bulletins;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.LinkedHashMap;
import java.util.Map;
import org.convener.platform.mail.MailLinks;
import org.convener.shared.Format;
import org.springframework.stereotype.Component;

/**
 * A bulletin as HTML for its PDF and its email: the very template its page shows, inside a
 * print wrapper, so that page, PDF and email never say different things.
 */
@Component
class BulletinPages {

    /** Resolved when a page is rendered: the command line's context (the demo loader) has no templates. */
    private final org.springframework.beans.factory.ObjectProvider<TemplateEngine> templates;

    private final Pdfs pdfs;
    private final MailLinks links;

    BulletinPages(
            org.springframework.beans.factory.ObjectProvider<TemplateEngine> templates, Pdfs pdfs, MailLinks links) {
        this.templates = templates;
        this.pdfs = pdfs;
        this.links = links;
    }

    byte[] pdf(Bulletin bulletin) {
        return pdfs.render(html(bulletin, links.base()));
    }

    String emailHtml(Bulletin bulletin) {
        return html(bulletin, links.base());
    }

    /** The plain-text part of the email: the headline figures and the link to the page. */
    String text(Bulletin bulletin) {
        Figures f = bulletin.figures();
        var t = new BulletinText(f);
        var text = new StringBuilder();
        text.append(f.caucusName())
                .append(": the week of ")
                .append(Format.date(f.week()))
                .append("\n\n");
        if (!bulletin.intro().isBlank()) {
            text.append(bulletin.intro()).append("\n\n");
        }
        if (f.polling() != null) {
            text.append("The polls (newest poll ")
                    .append(Format.date(f.polling().newest()))
                    .append(")");
            if (f.polling().stale()) {
                text.append(", OUT OF DATE");
            }
            text.append(":\n");
            for (String party : t.parties()) {
                text.append("  ")
                        .append(t.partyName(party))
                        .append(" ")
                        .append(t.percent(f.polling().now().get(party)))
                        .append(" (")
                        .append(t.points(f.polling().change(party)))
                        .append(")\n");
            }
        }
        if (f.risk() != null) {
            text.append("\nSeats lost at Reform UK's current share: ")
                    .append(f.risk().lostNow().size())
                    .append(" of ")
                    .append(f.risk().seats().size())
                    .append("\n");
        }
        for (var m : f.metrics()) {
            text.append(m.name())
                    .append(": ")
                    .append(m.value() == null ? "no value yet" : t.number(m.value()) + " " + m.unit())
                    .append(m.change() == null ? "" : " (" + t.signed(m.change()) + " on the week)")
                    .append("\n");
        }
        text.append("\nThe whole bulletin: ")
                .append(links.to(bulletin.path(f.caucusSlug())))
                .append("\n");
        return text.toString();
    }

    private String html(Bulletin bulletin, String base) {
        var params = new LinkedHashMap<String, Object>();
        params.put("f", bulletin.figures());
        params.put("intro", bulletin.intro());
        params.put("base", base);
        params.put("illustrative", bulletin.illustrative());
        String content = render("bulletins/content.jte", params);
        return render(
                "bulletins/print.jte",
                Map.of(
                        "title",
                        bulletin.figures().caucusName() + ": the week of " + Format.date(bulletin.week()),
                        "content",
                        (gg.jte.Content) output -> output.writeContent(content)));
    }

    /** Briefing packs, one after another, each starting a new page. */
    byte[] briefingsPdf(String title, java.util.List<Briefing> packs) {
        var content = new StringBuilder();
        for (Briefing pack : packs) {
            content.append("<div class=\"pack\">");
            content.append(render("bulletins/briefing-content.jte", Map.of("b", pack, "base", links.base())));
            content.append("</div>");
        }
        if (packs.isEmpty()) {
            content.append("<p>No member of the caucus holds a seat.</p>");
        }
        String text = content.toString();
        return pdfs.render(render("bulletins/print.jte", Map.of("title", title, "content", (gg.jte.Content)
                output -> output.writeContent(text))));
    }

    String render(String template, Map<String, Object> params) {
        var output = new StringOutput();
        templates.getObject().render(template, params, output);
        return output.toString();
    }
}
