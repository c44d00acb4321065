package org.convener.shared;

import java.time.Duration;
import org.convener.engine.Party;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Party colours as CSS classes ({@code party-Lab} and so on), generated from the one list in the
 * engine so that pages need no inline styles.
 */
@RestController
class PartyStyles {

    private static final String CSS = buildCss();

    @GetMapping(value = "/css/parties.css", produces = "text/css")
    ResponseEntity<String> stylesheet() {
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("text/css"))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                .body(CSS);
    }

    private static String buildCss() {
        var css = new StringBuilder();
        for (Party party : Party.values()) {
            css.append(".party-")
                    .append(party.code())
                    .append("{background:")
                    .append(party.colour())
                    .append(";color:")
                    .append(textOn(party.colour()))
                    .append("}\n");
            css.append(".bar-")
                    .append(party.code())
                    .append("{fill:")
                    .append(party.colour())
                    .append("}\n");
        }
        return css.toString();
    }

    static final String DARK_TEXT = "#111111";

    /** White where it reaches WCAG AA's 4.5:1 on the party's colour (Labour's red does), dark text otherwise. */
    static String textOn(String background) {
        return contrast(background, "#FFFFFF") >= 4.5 ? "#FFFFFF" : DARK_TEXT;
    }

    /** The WCAG 2 contrast ratio of two {@code #RRGGBB} colours. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
