package org.convener.seats.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;
import org.convener.ConvenerTest;
import org.convener.OfficialData;
import org.convener.platform.imports.DatasetImports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ConvenerTest
class SeatPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DatasetImports imports;

    @BeforeEach
    void officialData() {
        OfficialData.imported(imports);
    }

    String page(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    static int count(String html, String regex) {
        var matcher = Pattern.compile(regex).matcher(html);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    @Test
    void homeShowsSeatsWonAndReformsSecondPlaces() throws Exception {
        String html = page("/");
        assertThat(html).contains("Lab: 411", "Con: 121", "Lab: 200", "Con: 372");
        assertThat(html).contains("<strong>98</strong> seats", "89 held by", "9 held by");
        assertThat(html).contains("Open Parliament Licence v3.0", "CC BY-SA 4.0", "Open Innovations (MIT)");
    }

    @Test
    void seatListShowsAll650SeatsWithTheirColumns() throws Exception {
        String html = page("/seats");
        assertThat(count(html, "<th scope=\"row\"><a href=\"/seats/[ENSW]\\d{8}\">"))
                .isEqualTo(650);
        assertThat(html).contains("<strong>650</strong> of 650 seats");
        assertThat(html).contains("Majority %", "Reform UK", "Change since 2019");
    }

    @Test
    void seatListFiltersByWinnerAndSecond() throws Exception {
        String html = page("/seats?winner=Lab&second=RUK");
        assertThat(html).contains("<strong>89</strong> of 650 seats");
        assertThat(count(html, "<th scope=\"row\">")).isEqualTo(89);
    }

    @Test
    void seatListFiltersByRegionAndMajorityRange() throws Exception {
        String wales = page("/seats?area=WALES");
        assertThat(wales).contains("<strong>32</strong> of 650 seats");
        String gb = page("/seats?area=GB");
        assertThat(gb).contains("<strong>632</strong> of 650 seats");
        String northEast = page("/seats?area=E12000001");
        assertThat(northEast).contains("<strong>27</strong> of 650 seats");
        String marginal = page("/seats?maxMajority=1");
        int marginalCount = Integer.parseInt(marginal.replaceAll("(?s).*<strong>(\\d+)</strong> of 650 seats.*", "$1"));
        assertThat(marginalCount).isEqualTo(19);
        String safe = page("/seats?minMajority=1");
        assertThat(safe).contains("<strong>" + (650 - marginalCount) + "</strong> of 650 seats");
    }

    @Test
    void seatListSortsByMajority() throws Exception {
        String html = page("/seats?sort=majority");
        // the smallest majority of 2024: Hendon, 15 votes
        int firstRow = html.indexOf("<th scope=\"row\">");
        assertThat(html.substring(firstRow, html.indexOf("</tr>", firstRow))).contains(">Hendon<", ">15<");
        String descending = page("/seats?sort=-majority");
        assertThat(descending).contains("aria-sort=\"descending\"");
    }

    @Test
    void anHtmxRequestGetsOnlyTheResults() throws Exception {
        String fragment = mvc.perform(get("/seats").param("winner", "RUK").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment).doesNotContain("<html", "<form");
        assertThat(fragment).contains("<strong>5</strong> of 650 seats", "Clacton");
    }

    @Test
    void badFiltersAreRefusedClearly() throws Exception {
        mvc.perform(get("/seats").param("winner", "XYZ")).andExpect(status().isBadRequest());
        mvc.perform(get("/seats").param("sort", "height")).andExpect(status().isBadRequest());
        mvc.perform(get("/seats").param("minMajority", "20").param("maxMajority", "10"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/seats").param("minMajority", "lots")).andExpect(status().isBadRequest());
    }

    @Test
    void seatListAsCsv() throws Exception {
        var response = mvc.perform(get("/seats.csv").param("second", "RUK"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"convener-seats.csv\""))
                .andReturn()
                .getResponse();
        String csv = response.getContentAsString();
        assertThat(csv.lines()).hasSize(99);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("ons_code,constituency,region,winner_2024");
        assertThat(csv)
                .contains(
                        "E14001602,Wythenshawe and Sale East,North West,Lab,RUK,14610,37.34,15.30,9.23,Mike Kane,Labour")
                .doesNotContain("E14001079,Bassetlaw");
    }

    @Test
    void seatPageShowsTheResultMajorityAndSwingNeeded() throws Exception {
        String html = page("/seats/E14001079");
        assertThat(html).contains("<h1>Bassetlaw</h1>", "Jo White", "Lab gain from Con", "18,476", "5,768", "(12.9%)");
        // Con needs half of the 12.9-point gap
        assertThat(html).contains("6.4 points");
        // Reform's change on the notional 2019 Brexit Party share: the Library's 0.108777
        assertThat(html).contains("2019 notional result", "The Brexit Party");
        assertThat(html).contains("<td class=\"num\">+10.9</td>");
    }

    @Test
    void seatPageShowsByElectionsSince2024() throws Exception {
        String html = page("/seats/E14001455");
        assertThat(html).contains("Runcorn and Helsby", "By-elections since 2024", "1 May 2025", "RUK gain from Lab");
        assertThat(html).contains("Majority 6 ");
    }

    @Test
    void anUnknownSeatIsNotFound() throws Exception {
        mvc.perform(get("/seats/E14009999")).andExpect(status().isNotFound());
        mvc.perform(get("/seats/not-a-code")).andExpect(status().isNotFound());
    }

    @Test
    void mapHasAHexLinkingToEverySeat() throws Exception {
        String html = page("/map");
        assertThat(count(html, "<a href=\"/seats/[ENSW]\\d{8}\" data-code=")).isEqualTo(650);
        assertThat(html).contains("Labour <span class=\"muted\">411</span>");
    }

    @Test
    void mapColoursBySecondPartyAndByMajorityBand() throws Exception {
        assertThat(page("/map?colour=second")).contains("Reform UK <span class=\"muted\">98</span>");
        String bands = page("/map?colour=majority");
        assertThat(bands).contains("under 5%", "30% or more");
        int total = 0;
        var matcher = Pattern.compile("(under 5%|5–10%|10–20%|20–30%|30% or more) <span class=\"muted\">(\\d+)</span>")
                .matcher(bands);
        while (matcher.find()) {
            total += Integer.parseInt(matcher.group(2));
        }
        assertThat(total).isEqualTo(650);
        mvc.perform(get("/map").param("colour", "rainbow")).andExpect(status().isBadRequest());
    }

    @Test
    void mapDimsSeatsOutsideAFilter() throws Exception {
        String html = page("/map?second=RUK");
        assertThat(count(html, "class=\"hex dimmed\"")).isEqualTo(650 - 98);
        assertThat(count(html, "class=\"hex\"")).isEqualTo(98);
    }

    @Test
    void runnerUpMatrixLinksEachCellToTheFilteredList() throws Exception {
        String html = page("/seats/runner-up");
        assertThat(html)
                .contains(
                        "href=\"/seats?winner=Lab&amp;second=RUK&amp;sort=majority-share\" aria-label=\"89 seats won by Labour with Reform UK second\">89</a>");
        assertThat(html)
                .contains(
                        "href=\"/seats?winner=Con&amp;second=RUK&amp;sort=majority-share\" aria-label=\"9 seats won by Conservative with Reform UK second\">9</a>");
        assertThat(html).contains("<a href=\"/seats?second=RUK\">98</a>");
    }

    @Test
    void sourcesNameEveryDatasetWithItsLicence() throws Exception {
        String html = page("/sources");
        assertThat(html)
                .contains(
                        "General election 4 July 2024",
                        "Notional results of the 2019 general election",
                        "By-elections in the 2024 Parliament",
                        "Current MPs",
                        "Hex cartogram",
                        "GB voting-intention polls");
        assertThat(html).contains("Open Parliament Licence v3.0", "CC BY-SA 4.0", "MIT licence");
        assertThat(html).contains("inconsistencies in the source");
    }

    @Test
    void aSeatIsFoundByItsNameAndASharedWordListsEverySeatWithIt() throws Exception {
        mvc.perform(get("/seats/find").param("name", " bassetlaw "))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "/seats/E14001079"));
        String many = page("/seats/find?name=Leeds");
        assertThat(many).contains("Leeds Central and Headingley", "Leeds East");
        assertThat(count(many, "<li><a href=\"/seats/E\\d{8}\">Leeds")).isGreaterThanOrEqualTo(5);
        assertThat(page("/seats/find?name=Atlantis")).contains("No constituency's name contains");
    }

    @Test
    void suggestionsOfferSeatsBeginningWithWhatIsTypedFirst() throws Exception {
        String options = page("/seats/suggest?name=bass");
        assertThat(options).startsWith("<option value=\"Bassetlaw\">");
        assertThat(count(page("/seats/suggest?name=a"), "<option ")).isEqualTo(10);
        assertThat(page("/seats/suggest?name=")).doesNotContain("<option");
    }

    @Test
    void theSeatListNamesEachSeatsMpAndTheMapIsALabelledGroupOfLinks() throws Exception {
        String list = page("/seats?winner=Lab&second=RUK");
        assertThat(list).contains("<th scope=\"col\">MP</th>", "<td>Stephen Kinnock</td>");
        String map = page("/map");
        assertThat(map).contains("role=\"group\" aria-label=\"2024 winner: one link per constituency\"");
        assertThat(map).doesNotContain("role=\"img\"");
        assertThat(map).contains("Skip past the map");
    }

    @Test
    void theMapOutlinesRegionsAlongTheEdgesWhereTheyMeetAndNoneInside() throws Exception {
        String map = page("/map");
        var outline =
                Pattern.compile("class=\"region-outlines\" d=\"([^\"]+)\"").matcher(map);
        assertThat(outline.find()).isTrue();
        int segments = count(outline.group(1), "M");
        // 650 hexes have 3,900 sides, shared ones counted once: the outlines are a small part of them
        assertThat(segments).isBetween(300, 1500);
    }
}
