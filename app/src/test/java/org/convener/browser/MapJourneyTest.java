package org.convener.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.convener.OfficialData;
import org.convener.platform.imports.DatasetImports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Journeys through the seat pages in a real browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MapJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    DatasetImports imports;

    ChromeDriver browser;

    @BeforeEach
    void open() {
        browser = Browser.start();
        OfficialData.imported(imports);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void clickingAHexOnTheMapOpensThatSeat() {
        browser.get("http://localhost:" + port + "/map");
        var hex = browser.findElement(By.cssSelector("a[data-code='E14001079'] polygon"));

        hex.click();

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/seats/E14001079"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bassetlaw");
        assertThat(browser.findElement(By.cssSelector("dl.summary")).getText()).contains("Jo White", "5,768");
    }

    @Test
    void choosingAFilterUpdatesTheSeatListInPlace() {
        browser.get("http://localhost:" + port + "/seats");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(
                d -> ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return typeof htmx !== 'undefined'"));

        new Select(browser.findElement(By.name("second"))).selectByValue("RUK");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.count"), "98 of 650"));
        new Select(browser.findElement(By.name("winner"))).selectByValue("Lab");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.count"), "89 of 650"));

        assertThat(browser.findElements(By.cssSelector("table.seats tbody tr"))).hasSize(89);
        assertThat(browser.getCurrentUrl()).contains("second=RUK", "winner=Lab");
    }
}
