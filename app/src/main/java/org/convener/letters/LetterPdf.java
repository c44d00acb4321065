package org.convener.letters;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convener.shared.Format;
import org.springframework.stereotype.Component;

/**
 * A letter as a PDF: its text, then every signatory with their constituency and caucuses. Set in
 * Liberation Sans, embedded, so that every name on the Members list prints (Welsh ŵ and ŷ
 * included).
 */
@Component
public class LetterPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final byte[] regular = font("liberation/LiberationSans-Regular.ttf");
    private final byte[] bold = font("liberation/LiberationSans-Bold.ttf");

    public byte[] render(
            Letter letter, List<Signature> signatories, Map<String, Integer> countsByCaucus, String organiser) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 64, 64, 64, 64);
        try {
            PdfWriter.getInstance(document, out);
            BaseFont body = BaseFont.createFont(
                    "LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, regular, null);
            BaseFont heavy = BaseFont.createFont(
                    "LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bold, null);
            Font text = new Font(body, 11);
            Font small = new Font(body, 9, Font.NORMAL, Color.DARK_GRAY);
            Font title = new Font(heavy, 18);
            Font heading = new Font(heavy, 12);
            var version = letter.current();
            document.addTitle(version.title());
            document.addCreator("Convener");
            document.open();

            if (!letter.status().fixed()) {
                document.add(new Paragraph(
                        "DRAFT: not yet locked. The text and the signatories may still change.",
                        new Font(heavy, 10, Font.NORMAL, Color.RED)));
            }
            if (letter.illustrative()) {
                document.add(
                        new Paragraph("Illustrative: made by the Convener demonstration, not a real letter.", small));
            }
            var head = new Paragraph(version.title(), title);
            head.setSpacingAfter(6);
            document.add(head);
            String when = letter.publishedAt() != null
                    ? DAY.format(letter.publishedAt().atZone(Format.LONDON))
                    : letter.lockedAt() != null ? DAY.format(letter.lockedAt().atZone(Format.LONDON)) : "";
            document.add(new Paragraph(organiser + (when.isEmpty() ? "" : " · " + when), small));
            if (version.addressee() != null) {
                var to = new Paragraph("To: " + version.addressee(), text);
                to.setSpacingBefore(12);
                document.add(to);
            }
            for (String para : version.body().split("\\R\\s*\\R")) {
                var p = new Paragraph(para.strip(), text);
                p.setSpacingBefore(10);
                p.setLeading(15);
                document.add(p);
            }

            var signed = new Paragraph(
                    "Signed by " + signatories.size() + (signatories.size() == 1 ? " MP" : " MPs"), heading);
            signed.setSpacingBefore(24);
            signed.setSpacingAfter(4);
            document.add(signed);
            var counts = new StringBuilder();
            countsByCaucus.forEach((caucus, n) -> counts.append(counts.isEmpty() ? "" : " · ")
                    .append(caucus)
                    .append(": ")
                    .append(n));
            document.add(new Paragraph(counts.toString(), small));

            var table = new PdfPTable(new float[] {3, 3, 4});
            table.setWidthPercentage(100);
            table.setSpacingBefore(8);
            table.setHeaderRows(1);
            for (String column : List.of("Name", "Constituency", "Caucuses")) {
                var cell = new PdfPCell(new Phrase(column, new Font(heavy, 10)));
                cell.setBackgroundColor(new Color(0xEE, 0xEE, 0xF2));
                cell.setPadding(4);
                table.addCell(cell);
            }
            Font cellFont = new Font(body, 10);
            for (Signature s : signatories) {
                for (String value :
                        new String[] {s.name(), s.constituency() == null ? "" : s.constituency(), s.caucuses()}) {
                    var cell = new PdfPCell(new Phrase(value, cellFont));
                    cell.setPadding(4);
                    cell.setVerticalAlignment(Element.ALIGN_TOP);
                    table.addCell(cell);
                }
            }
            document.add(table);
            document.add(new Paragraph(new Chunk("Version " + version.number() + " of the text.", small)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static byte[] font(String resource) {
        try (InputStream in = LetterPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the font " + resource + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
