package org.convener.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.convener.DemoData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** An officer logs a meeting, raises an ask, records a commitment and a follow-up; a member sees the ask on the board. */
class EngagementJourneyTest extends Journey {

    @Test
    void anOfficerLogsAMeetingWhoseAskBecomesCommittedAndAMemberSeesItOnTheBoard() {
        String ask = "Keep the bus fare cap in the North";
        signIn(DemoData.CONVENER);
        go("/engagements");
        browser.findElement(By.linkText("Log an engagement")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("title")));
        // the convener runs one caucus, so the form opens for it; the time defaults to ten this morning
        assertThat(browser.findElement(By.cssSelector("form[aria-label='Engagement']"))
                        .getText())
                .contains("Red Wall Caucus (illustrative)");
        new Select(browser.findElement(By.name("kind"))).selectByVisibleText("Meeting");
        browser.findElement(By.name("title")).sendKeys("Meeting with the Transport Secretary");
        browser.findElement(By.name("place")).sendKeys("Great Minster House");
        check("David Okoro");
        check("Jo White");
        check("Cost of living");
        browser.findElement(By.xpath("//button[normalize-space()='Log it']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("p.notice.success"), "Meeting logged"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Meeting with the Transport Secretary");

        WebElement newAsk = browser.findElement(By.cssSelector("form[aria-label='Raise a new ask']"));
        new Select(newAsk.findElement(By.name("topicId"))).selectByVisibleText("Cost of living");
        newAsk.findElement(By.name("title")).sendKeys(ask);
        newAsk.findElement(By.name("wording")).sendKeys("Keep the two-pound bus fare cap on every route in the North.");
        newAsk.findElement(By.xpath(".//button[normalize-space()='Draft and record as raised']"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("p.notice.success"), "Ask recorded as raised"));
        assertThat(row("asks", ask).getText()).contains("Raised");

        WebElement commitment = browser.findElement(By.cssSelector("form[aria-label='Record a commitment']"));
        commitment.findElement(By.name("wording")).sendKeys("The cap will stay until the next spending review.");
        new Select(commitment.findElement(By.name("askId"))).selectByVisibleText(ask + " (raised)");
        new Select(commitment.findElement(By.name("stakeholderId"))).selectByVisibleText("David Okoro");
        commitment
                .findElement(By.xpath(".//button[normalize-space()='Record commitment']"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("p.notice.success"), "the ask is now committed"));
        assertThat(row("asks", ask).getText()).contains("Committed");

        WebElement followUp = browser.findElement(By.cssSelector("form[aria-label='Add a follow-up']"));
        followUp.findElement(By.name("action")).sendKeys("Thank the Secretary of State in writing");
        new Select(followUp.findElement(By.name("ownerId"))).selectByVisibleText("Jo White");
        followUp.findElement(By.xpath(".//button[normalize-space()='Add follow-up']"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("p.notice.success"), "Follow-up added"));
        assertThat(row("follow-ups", "Thank the Secretary of State in writing").getText())
                .contains("Jo White", "Mark done");

        go("/follow-ups");
        assertThat(browser.findElement(By.id("mine")).getText()).contains("Thank the Secretary of State in writing");

        // an ask cannot skip a step: from committed the only moves are delivered, refused or dropped
        go("/asks");
        browser.findElement(By.linkText(ask)).click();
        var moves = new Select(browser.findElement(By.name("to")))
                .getOptions().stream().map(WebElement::getText).toList();
        assertThat(moves).containsExactlyInAnyOrder("Delivered", "Refused", "Dropped");
        signOut();

        signIn(DemoData.MEMBER_MP);
        go("/asks");
        WebElement committed = browser.findElement(By.cssSelector("section[aria-labelledby='status-committed']"));
        assertThat(committed.getText()).contains(ask);
        committed.findElement(By.linkText(ask)).click();
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Committed");
        assertThat(browser.findElements(By.name("to")))
                .as("a member cannot move an ask")
                .isEmpty();
        assertThat(browser.findElement(By.cssSelector("ol.timeline")).getText())
                .contains("Meeting with the Transport Secretary", "The cap will stay until the next spending review.");
    }

    private void check(String label) {
        browser.findElement(By.xpath("//label[contains(normalize-space(), '" + label + "')]/input[@type='checkbox']"))
                .click();
    }

    private WebElement row(String section, String text) {
        return browser.findElement(
                By.xpath("//section[@id='" + section + "']//tr[contains(normalize-space(), '" + text + "')]"));
    }
}
