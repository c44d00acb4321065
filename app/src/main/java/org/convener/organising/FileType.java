package org.convener.organising;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file the library and course materials take, told by their content, never by their
 * name: a PDF by its header, PNG and JPEG by their signatures, Word, Excel and PowerPoint files
 * (Office Open XML) and OpenDocument files by the entries inside their zip container.
 */
public enum FileType {
    PDF("application/pdf", "pdf", "PDF"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "Word document"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "Excel workbook"),
    PPTX(
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "pptx",
            "PowerPoint presentation"),
    ODT("application/vnd.oasis.opendocument.text", "odt", "OpenDocument text"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods", "OpenDocument spreadsheet"),
    ODP("application/vnd.oasis.opendocument.presentation", "odp", "OpenDocument presentation"),
    PNG("image/png", "png", "PNG image"),
    JPEG("image/jpeg", "jpg", "JPEG image");

    /** What a refusal says is accepted. */
    public static final String ACCEPTED =
            "PDF, Word, Excel or PowerPoint (.docx, .xlsx, .pptx), OpenDocument, PNG or JPEG";

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int ZIP_ENTRIES_READ = 2000;

    private final String mediaType;
    private final String extension;
    private final String label;

    FileType(String mediaType, String extension, String label) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.label = label;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }

    public static Optional<FileType> ofMediaType(String mediaType) {
        return Arrays.stream(values())
                .filter(t -> t.mediaType.equals(mediaType))
                .findFirst();
    }

    /** The type the content is, if it is one of these. */
    public static Optional<FileType> detect(byte[] content) {
        if (content == null || content.length < 8) {
            return Optional.empty();
        }
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if ((content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xd8 && (content[2] & 0xff) == 0xff) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            return zipped(content);
        }
        return Optional.empty();
    }

    /** Office Open XML names its parts; OpenDocument stores its type first, uncompressed, as "mimetype". */
    private static Optional<FileType> zipped(byte[] content) {
        var names = new HashSet<String>();
        String odfType = null;
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int read = 0;
            while ((entry = zip.getNextEntry()) != null && read++ < ZIP_ENTRIES_READ) {
                names.add(entry.getName());
                if (read == 1 && entry.getName().equals("mimetype")) {
                    odfType = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (odfType != null) {
            for (FileType type : new FileType[] {ODT, ODS, ODP}) {
                if (type.mediaType.equals(odfType)) {
                    return Optional.of(type);
                }
            }
            return Optional.empty();
        }
        if (!names.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (names.contains("word/document.xml")) {
            return Optional.of(DOCX);
        }
        if (names.contains("xl/workbook.xml")) {
            return Optional.of(XLSX);
        }
        if (names.contains("ppt/presentation.xml")) {
            return Optional.of(PPTX);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
