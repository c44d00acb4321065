package org.convener.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.convener.DemoData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The pages as a reader meets them: the map's controls, confirmations, phone widths and accessibility. */
class PagesJourneyTest extends Journey {

    /** The pages most people use, public and signed in; {letter} is the demo's open letter. */
    private static final List<String> MAIN_PAGES = List.of(
            "/",
            "/seats",
            "/map",
            "/seats/E14001079",
            "/seats/runner-up",
            "/polls",
            "/open-letters",
            "/home",
            "/groups",
            "/groups/red-wall-caucus",
            "/vacancies",
            "/people",
            "/engagements",
            "/stakeholders",
            "/follow-ups",
            "/asks",
            "/letters",
            "{letter}",
            "/ballots");

    @Test
    void theMapShowsTheColouringChosenAndArrowKeysInColourByDoNotReloadThePage() {
        go("/map");
        assertThat(browser.findElements(By.cssSelector("input[name=colour]:checked")))
                .singleElement()
                .satisfies(r -> assertThat(r.getAttribute("value")).isEqualTo("winner"));

        browser.findElement(By.xpath("//label[normalize-space()='Majority in 2024']"))
                .click();
        wait.until(ExpectedConditions.urlContains("colour=majority"));
        assertThat(browser.findElements(By.cssSelector("input[name=colour]:checked")))
                .singleElement()
                .satisfies(r -> assertThat(r.getAttribute("value")).isEqualTo("majority"));

        String url = browser.getCurrentUrl();
        browser.executeScript("document.querySelector('input[name=colour]:checked').focus()");
        browser.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
        sleep(1500);
        assertThat(browser.getCurrentUrl())
                .as("an arrow key only moves the choice")
                .isEqualTo(url);
        var focused = browser.switchTo().activeElement();
        assertThat(focused.getAttribute("name")).isEqualTo("colour");
        assertThat(focused.getAttribute("value")).isNotEqualTo("majority");
    }

    @Test
    void theHexMapIsOneTabStopWhoseArrowKeysMoveBetweenNeighbours() {
        go("/map");
        var stops = browser.findElements(By.cssSelector("svg[data-hexmap] a[tabindex='0']"));
        assertThat(stops).hasSize(1);
        browser.executeScript("document.querySelector('a[data-code=\"E14001079\"]').focus()");
        browser.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
        var moved = browser.switchTo().activeElement();
        assertThat(moved.getAttribute("data-code")).startsWith("E14").isNotEqualTo("E14001079");
        assertThat(browser.findElements(By.cssSelector("svg[data-hexmap] a[tabindex='0']")))
                .singleElement()
                .satisfies(a -> assertThat(a.getAttribute("data-code")).isEqualTo(moved.getAttribute("data-code")));
        assertThat(browser.findElement(By.cssSelector(".hex-focus")).getAttribute("class"))
                .as("the focused seat's outline is drawn above its neighbours")
                .contains("shown");
    }

    @Test
    void irreversibleActionsAskFirstAndDoNothingWhenTheAnswerIsNo() {
        signIn(DemoData.CONVENER);
        go(letterPath());
        browser.findElement(By.xpath("//button[starts-with(normalize-space(), 'Lock')]"))
                .click();
        var question = wait.until(ExpectedConditions.alertIsPresent());
        assertThat(question.getText()).contains("Lock this letter?", "fixed for good");
        question.dismiss();
        sleep(500);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Open for signatures");

        go("/groups/red-wall-caucus");
        browser.findElement(By.cssSelector("details.row-actions summary")).click();
        browser.findElement(By.xpath("//button[normalize-space()='End membership']"))
                .click();
        question = wait.until(ExpectedConditions.alertIsPresent());
        assertThat(question.getText()).contains("membership of Red Wall Caucus", "cannot be reopened");
        question.dismiss();
        sleep(500);
        assertThat(browser.getCurrentUrl()).endsWith("/groups/red-wall-caucus");
        signOut();

        signIn(DemoData.ADMIN);
        String email = "to-disable-" + System.nanoTime() + "@example.net";
        org.convener.platform.audit.AuditActor.as("test", () -> accounts.create(email, null, false));
        go("/admin/accounts");
        var disable = By.xpath("//tr[contains(., '" + email + "')]//button[normalize-space()='Disable']");
        browser.findElement(disable).click();
        question = wait.until(ExpectedConditions.alertIsPresent());
        assertThat(question.getText()).contains("Disable " + email + "?");
        question.dismiss();
        sleep(500);
        assertThat(accounts.find(email).orElseThrow().enabled()).isTrue();
        browser.findElement(disable).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice.success"), "Disabled"));
        assertThat(accounts.find(email).orElseThrow().enabled()).isFalse();
    }

    @Test
    void noMainPageIsWiderThanAPhoneAt400Pixels() {
        signIn(DemoData.CONVENER);
        browser.manage().window().setSize(new Dimension(400, 900));
        var overflowing = new ArrayList<String>();
        for (String page : pages()) {
            go(page);
            long scroll = ((Number) browser.executeScript("return document.scrollingElement.scrollWidth")).longValue();
            long inner = ((Number) browser.executeScript("return window.innerWidth")).longValue();
            if (scroll > inner) {
                overflowing.add(page + " is " + scroll + " px wide in " + inner);
            }
        }
        assertThat(overflowing).isEmpty();
        go("/seats");
        var menu = browser.findElement(By.cssSelector(".menu-toggle"));
        assertThat(browser.findElement(By.id("site-menu")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector("header.site-header"))
                        .getSize()
                        .getHeight())
                .as("the folded header leaves the phone's screen to the page")
                .isLessThan(110);
        menu.click();
        assertThat(browser.findElement(By.id("site-menu")).isDisplayed()).isTrue();
    }

    @Test
    void theMainPagesPassAxeCoreAgainstWcagAA() throws IOException {
        String axe;
        try (InputStream in = getClass().getResourceAsStream("/axe/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
        signIn(DemoData.CONVENER);
        var problems = new ArrayList<String>();
        for (String page : pages()) {
            go(page);
            browser.executeScript(axe);
            @SuppressWarnings("unchecked")
            var violations = (List<Map<String, Object>>) browser.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
                       .then(r => done(r.violations.map(v => ({id: v.id, help: v.help,
                           nodes: v.nodes.length, first: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}))));
                    """);
            for (var v : violations) {
                problems.add(page + ": " + v.get("id") + " (" + v.get("help") + ") on " + v.get("nodes")
                        + " nodes, e.g. " + v.get("first"));
            }
        }
        assertThat(problems).isEmpty();
    }

    private List<String> pages() {
        String letter = letterPath();
        return MAIN_PAGES.stream().map(p -> p.equals("{letter}") ? letter : p).toList();
    }

    /** The demo's letter still open for signatures, found as a reader would, from the list. */
    private String letterPath() {
        go("/letters");
        return browser.findElement(By.linkText("Fix the Green Book"))
                .getAttribute("href")
                .replaceFirst("^https?://[^/]+", "");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
