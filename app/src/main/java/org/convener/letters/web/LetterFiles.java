package org.convener.letters.web;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import org.convener.engagements.Caucuses;
import org.convener.letters.Letter;
import org.convener.letters.LetterPdf;
import org.convener.letters.Letters;
import org.convener.letters.Signature;
import org.convener.platform.CsvExport;
import org.convener.shared.Format;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** A letter's PDF and its signatories as CSV, for the working pages and the published ones alike. */
@Component
class LetterFiles {

    private final Letters letters;
    private final LetterPdf pdf;
    private final Caucuses caucuses;

    LetterFiles(Letters letters, LetterPdf pdf, Caucuses caucuses) {
        this.letters = letters;
        this.pdf = pdf;
        this.caucuses = caucuses;
    }

    ResponseEntity<byte[]> pdf(Letter letter) {
        byte[] body = pdf.render(
                letter,
                letters.liveSignatures(letter.id()),
                letters.countsByCaucus(letter),
                caucuses.name(letter.organisingCaucus()));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("letter-" + letter.id() + ".pdf")
                                .build()
                                .toString())
                .body(body);
    }

    ResponseEntity<byte[]> csv(Letter letter) {
        var out = new StringWriter();
        try (var csv = CsvExport.to(out, "name", "constituency", "caucuses", "signed_on")) {
            for (Signature s : letters.liveSignatures(letter.id())) {
                csv.row(
                        s.name(),
                        s.constituency(),
                        s.caucuses(),
                        DateTimeFormatter.ISO_LOCAL_DATE.format(s.signedAt().atZone(Format.LONDON)));
            }
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("letter-" + letter.id() + "-signatories.csv")
                                .build()
                                .toString())
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
