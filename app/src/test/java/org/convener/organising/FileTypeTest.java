package org.convener.organising;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** File types are told by content: real signatures and containers pass, names and look-alikes do not. */
class FileTypeTest {

    private static byte[] zip(String... entries) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                String[] parts = entry.split("=", 2);
                byte[] body = (parts.length > 1 ? parts[1] : "<x/>").getBytes(StandardCharsets.US_ASCII);
                var e = new ZipEntry(parts[0]);
                if (parts[0].equals("mimetype")) {
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(body.length);
                    var crc = new CRC32();
                    crc.update(body);
                    e.setCrc(crc.getValue());
                }
                zip.putNextEntry(e);
                zip.write(body);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void knownTypesAreToldByTheirContent() throws IOException {
        assertThat(FileType.detect(TestFiles.pdf("hello"))).contains(FileType.PDF);
        assertThat(FileType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0}))
                .contains(FileType.PNG);
        assertThat(FileType.detect(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10, 'J', 'F'}))
                .contains(FileType.JPEG);
        assertThat(FileType.detect(zip("[Content_Types].xml", "word/document.xml")))
                .contains(FileType.DOCX);
        assertThat(FileType.detect(zip("[Content_Types].xml", "xl/workbook.xml")))
                .contains(FileType.XLSX);
        assertThat(FileType.detect(zip("[Content_Types].xml", "ppt/presentation.xml")))
                .contains(FileType.PPTX);
        assertThat(FileType.detect(zip("mimetype=application/vnd.oasis.opendocument.text", "content.xml")))
                .contains(FileType.ODT);
    }

    @Test
    void otherContentIsRefusedWhateverItIsCalled() throws IOException {
        assertThat(FileType.detect("This is plain text saved as report.pdf".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(FileType.detect("MZ\u0090\u0000\u0003\u0000\u0000\u0000".getBytes(StandardCharsets.ISO_8859_1)))
                .as("a Windows program")
                .isEmpty();
        assertThat(FileType.detect("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(FileType.detect(zip("payload.exe", "readme.txt")))
                .as("a zip that is no document")
                .isEmpty();
        assertThat(FileType.detect(zip("[Content_Types].xml", "other/part.xml")))
                .isEmpty();
        assertThat(FileType.detect(zip("mimetype=application/x-unknown"))).isEmpty();
        assertThat(FileType.detect(new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5}))
                .as("a broken zip")
                .isEmpty();
        assertThat(FileType.detect(new byte[0])).isEmpty();
        assertThat(FileType.detect(null)).isEmpty();
    }
}
