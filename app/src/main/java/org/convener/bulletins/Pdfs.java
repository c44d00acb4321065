package org.convener.bulletins;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;

/**
 * HTML to PDF with openhtmltopdf, from the same HTML the pages show. The HTML is parsed by jsoup
 * first (openhtmltopdf wants well-formed XML), and set in Liberation Sans, embedded, so that every
 * name prints (Welsh ŵ and ŷ included).
 */
@Component
class Pdfs {

    /** openhtmltopdf reports every font it loads at INFO; only its warnings are news. */
    static {
        for (String log : com.openhtmltopdf.util.XRLog.listRegisteredLoggers()) {
            com.openhtmltopdf.util.XRLog.setLevel(log, java.util.logging.Level.WARNING);
        }
    }

    private final byte[] regular = font("liberation/LiberationSans-Regular.ttf");
    private final byte[] bold = font("liberation/LiberationSans-Bold.ttf");

    byte[] render(String html) {
        var document = new W3CDom().fromJsoup(Jsoup.parse(html));
        var out = new ByteArrayOutputStream();
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(
                () -> new ByteArrayInputStream(regular),
                "Liberation Sans",
                400,
                BaseRendererBuilder.FontStyle.NORMAL,
                true);
        builder.useFont(
                () -> new ByteArrayInputStream(bold),
                "Liberation Sans",
                700,
                BaseRendererBuilder.FontStyle.NORMAL,
                true);
        builder.withW3cDocument(document, "/");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] font(String resource) {
        try (InputStream in = Pdfs.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the font " + resource + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
