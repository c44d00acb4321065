package org.convener.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Only web addresses and paths on this server become links. */
class LinksTest {

    @Test
    void addressesThatABrowserWouldOpenElsewhereAreRefused() {
        for (String link : new String[] {
            "//evil.example/x",
            "/\\evil.example",
            "/\\/evil.example",
            "\\\\evil.example",
            "javascript:alert(1)",
            "JAVASCRIPT:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "https://user@evil.example/",
            "https:///no-host",
            "http:/one-slash",
            "ftp://files.example/",
            "/seats with a space",
            "/ seats",
            "/%2F%2Fevil.example",
            "",
            "https://example.org/" + "a".repeat(500)
        }) {
            assertThat(Links.safe(link)).as(link).isEmpty();
        }
        assertThatThrownBy(() -> Links.check("//evil.example/x")).hasMessageContaining("https://");
    }

    @Test
    void webAddressesAndPathsInConvenerAreKept() {
        for (String link : new String[] {
            "https://www.gov.uk/government/publications/the-green-book",
            "http://example.org/a?b=c&d=e#f",
            "/seats/E14001063",
            "/projection?source=custom&ruk=30",
            "/sets/red-wall"
        }) {
            assertThat(Links.safe(link)).as(link).contains(link);
        }
    }
}
