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
                    .append(party.textColour())
                    .append("}\n");
            css.append(".bar-")
                    .append(party.code())
                    .append("{fill:")
                    .append(party.colour())
                    .append("}\n");
        }
        return css.toString();
    }
}
