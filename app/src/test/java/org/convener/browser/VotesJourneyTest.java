package org.convener.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.convener.DemoData;
import org.convener.demo.Demo;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The caucus's votes and the two-child cap division, as the convener would look at them. */
class VotesJourneyTest extends Journey {

    @Test
    void theConvenerSeesTheCaucusAgainstLabourAndWhereMembersBrokeRanks() {
        signIn(DemoData.CONVENER);
        go("/groups/" + Demo.RED_WALL);
        arrivedAt("Red Wall Caucus (illustrative)");
        // loaded into the caucus page by htmx from the votes module
        WebElement votes = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("caucus-votes")));
        assertThat(votes.getText()).contains("How the caucus votes", "Coverage:", "Labour over the same divisions");

        votes.findElement(By.partialLinkText("Every division where members split"))
                .click();
        arrivedAt("How Red Wall Caucus (illustrative) votes");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Labour over the same divisions", "Each member's record", "Jo White");
        assertThat(browser.findElements(By.cssSelector("svg.linechart circle"))).isNotEmpty();
    }

    @Test
    void searchingForTheTwoChildCapDivisionShowsTheSevenLabourRebels() {
        go("/divisions");
        arrivedAt("Commons divisions");
        WebElement search = browser.findElement(By.name("q"));
        search.sendKeys("Amendment (d)");
        search.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#division-results p.count"), "with “Amendment (d)” in the title"));

        browser.findElement(By.xpath("//tr[td[normalize-space()='23 July 2024']]//a[contains(., 'Amendment (d)')]"))
                .click();
        arrivedAt("King's Speech (Motion for an Address): Amendment (d)");
        String rebels = browser.findElement(By.cssSelector("p.rebels")).getText();
        assertThat(rebels)
                .contains(
                        "Ian Byrne",
                        "Zarah Sultana",
                        "Apsana Begum",
                        "John McDonnell",
                        "Richard Burgon",
                        "Rebecca Long Bailey",
                        "Imran Hussain");
        assertThat(browser.findElements(By.cssSelector("p.rebels .split"))).hasSize(7);

        String everyone =
                browser.findElement(By.cssSelector("#vote-list p.count")).getText();
        assertThat(everyone).startsWith("467 MPs");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("party"))).selectByValue("Lab");
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.cssSelector("#vote-list p.count"), everyone)));
        assertThat(browser.findElement(By.cssSelector("#vote-list p.count")).getText())
                .endsWith("7 against their party's majority.");
        assertThat(browser.findElements(By.cssSelector("#vote-list tbody tr"))).hasSize(370);
        assertThat(browser.getCurrentUrl()).contains("party=Lab");
    }
}
