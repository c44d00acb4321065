package org.convener.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.convener.DemoData;
import org.convener.demo.Demo;
import org.convener.polls.PollEntries;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** The week's numbers: an officer adds this week's poll and a metric value, then approves the drafted bulletin. */
class BulletinJourneyTest extends Journey {

    @Autowired
    PollEntries entries;

    @Test
    void anOfficerAddsAPollAndAMetricValueApprovesTheBulletinAndDownloadsItsPdf() {
        signIn(DemoData.CONVENER);
        LocalDate today = LocalDate.now();

        go("/polls");
        assertThat(browser.findElement(By.cssSelector("p.stale-polls")).getText())
                .contains("Out of date");
        go("/polls/manage");
        arrivedAt("Keep the polls current");
        var form = browser.findElement(By.id("add-poll"));
        set(form, "fieldworkStart", today.minusDays(2).toString());
        set(form, "fieldworkEnd", today.minusDays(1).toString());
        set(form, "pollster", "Journey Polling");
        set(form, "sampleSize", "2104");
        set(form, "method", "online panel");
        Map.of("lab", "19", "con", "16", "ref", "30", "ld", "13", "grn", "12", "snp", "2.5", "pc", "0.5", "others", "7")
                .forEach((party, share) -> set(form, party, share));
        set(form, "sourceUrl", "https://example.org/journey-poll");
        form.findElement(By.xpath(".//button[normalize-space()='Add poll']")).click();
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice.success"), "Poll added"));
        go("/polls");
        assertThat(browser.findElements(By.cssSelector("p.stale-polls"))).isEmpty();

        go("/metrics?caucus=" + Demo.RED_WALL);
        browser.findElement(By.linkText("People returned since July 2024")).click();
        arrivedAt("People returned since July 2024");
        var record = browser.findElement(By.id("record-value"));
        set(record, "value", "32,480");
        set(record, "sourceUrl", "https://www.gov.uk/government/collections/migration-transparency-data");
        record.findElement(By.xpath(".//button[normalize-space()='Record']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("p.notice.success"), "Recorded 32480"));

        go("/bulletins/" + Demo.RED_WALL);
        browser.findElement(By.xpath("//button[starts-with(normalize-space(), 'Assemble the bulletin')]"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("bulletin-status"), "Draft"));
        String page = browser.findElement(By.tagName("article")).getText();
        assertThat(page).contains("Our seats at risk", "People returned since July 2024", "32,480");
        assertThat(browser.findElements(By.cssSelector("article p.stale-polls")))
                .isEmpty();

        browser.findElement(By.id("approve")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("bulletin-status"), "Approved"));
        assertThat(browser.findElements(By.id("publish"))).hasSize(1);

        String href = browser.findElement(By.id("bulletin-pdf")).getAttribute("href");
        Object head = ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.headers.get('content-type') + ' '"
                                + " + String.fromCharCode(...new Uint8Array(b).slice(0, 5)))));",
                        href);
        assertThat(String.valueOf(head)).isEqualTo("application/pdf %PDF-");
    }

    /** Other journeys share this database: the poll added here leaves the average again. */
    @org.junit.jupiter.api.AfterEach
    void withdrawThePoll() {
        var admin = accounts.find(DemoData.ADMIN).orElseThrow();
        var user = new org.convener.platform.CurrentUser(
                admin.id(), admin.email(), null, java.util.Set.of(org.convener.platform.CurrentUser.ADMIN));
        entries.entered().stream()
                .filter(e -> !e.withdrawn() && e.poll().poll().pollster().equals("Journey Polling"))
                .forEach(e -> org.convener.platform.audit.AuditActor.as(
                        "test", () -> entries.withdraw(user, e.poll().id(), "added by the journey test")));
    }

    private void set(org.openqa.selenium.WebElement form, String name, String value) {
        var field = form.findElement(By.name(name));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", field, value);
    }
}
