package org.convener.platform.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Repairs for text damaged before it reached the published file. */
public final class SourceText {

    private SourceText() {}

    /**
     * Undoes UTF-8 that was decoded as Latin-1 and encoded again ("Ã\u0081ine" for "Áine"), which
     * some official files carry. Text that is not damaged that way comes back unchanged.
     */
    public static String repairDoubleEncoding(String text) {
        if (text == null || text.chars().noneMatch(c -> c == 'Ã' || c == 'Â' || c == 'Å')) {
            return text;
        }
        if (text.chars().anyMatch(c -> c > 0xFF)) {
            return text;
        }
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return text;
        }
    }
}
