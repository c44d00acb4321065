package org.convener.messages;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * A message's Markdown as HTML and as plain text. Raw HTML in the Markdown is escaped, unsafe link
 * schemes are dropped, and the HTML is then cleaned against a safelist (paragraphs, emphasis,
 * lists, quotes, links and headings), so a message can carry no script, style or tracking image.
 */
final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of();
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder()
            .extensions(EXTENSIONS)
            .lineBreakRendering(org.commonmark.renderer.text.LineBreakRendering.SEPARATE_BLOCKS)
            .build();
    private static final Safelist SAFE = Safelist.basic()
            .addTags("h1", "h2", "h3", "h4", "hr")
            .addProtocols("a", "href", "https", "http", "mailto")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer");

    private Markdown() {}

    static String html(String markdown) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        return Jsoup.clean(HTML.render(document), SAFE);
    }

    static String text(String markdown) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        return TEXT.render(document).strip();
    }
}
