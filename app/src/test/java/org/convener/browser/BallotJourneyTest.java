package org.convener.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.convener.DemoData;
import org.convener.ballots.Contest;
import org.convener.ballots.ContestKind;
import org.convener.ballots.Contests;
import org.convener.ballots.Method;
import org.convener.ballots.Nomination;
import org.convener.demo.Demo;
import org.convener.groups.Groups;
import org.convener.platform.audit.AuditActor;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A local group elects an officer: members nominate two candidates, vote with rankings, and after
 * the close see the result, the count stage by stage and their receipt among those published.
 */
class BallotJourneyTest extends Journey {

    private static final Duration NOMINATING = Duration.ofSeconds(60);
    private static final Duration VOTING = Duration.ofSeconds(50);

    @Autowired
    Contests contests;

    @Autowired
    Groups groups;

    @Test
    void membersNominateTwoCandidatesVoteWithRankingsAndCheckTheirReceiptsAfterTheClose() throws Exception {
        var derby = groups.find(Demo.DERBY).orElseThrow();
        Instant now = contests.now();
        Instant opens = now.plus(NOMINATING);
        Instant closes = opens.plus(VOTING);
        Contest contest = AuditActor.as(
                "test",
                () -> contests.create(
                        new Contests.Plan(
                                derby.id(),
                                ContestKind.OFFICER,
                                "Campaigns officer (journey)",
                                "Elected by the single transferable vote.",
                                Method.SCOTTISH_STV,
                                1,
                                false,
                                0,
                                opens,
                                LocalDate.now().minusDays(1),
                                opens,
                                closes),
                        false));
        String page = "/ballots/" + contest.id();

        // a member nominates themselves; the organiser nominates another member and records their acceptance
        signIn(DemoData.MEMBER);
        go(page);
        arrivedAt("Campaigns officer (journey)");
        browser.findElement(By.name("statement"))
                .sendKeys("I ran the leafleting last spring and will organise it again.");
        browser.findElement(By.xpath("//button[normalize-space()='Nominate']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("p.notice.success"), "You are nominated, and have accepted."));
        signOut();

        signIn(DemoData.ORGANISER);
        go(page);
        new Select(browser.findElement(By.name("candidateId"))).selectByVisibleText("Tom Brennan");
        browser.findElement(By.name("statement")).sendKeys("Tom has organised the union's campaigns for years.");
        browser.findElement(By.xpath("//button[normalize-space()='Nominate']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("p.notice.success"), "Tom Brennan is nominated"));
        browser.findElement(By.name("confirmation")).sendKeys("by phone");
        browser.findElement(By.xpath("//button[normalize-space()='Record acceptance']"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("p.notice.success"), "Tom Brennan's acceptance recorded."));
        var paper = contests.onPaper(contests.find(contest.id()).orElseThrow());
        assertThat(paper).extracting(Nomination::candidateName).containsExactly("Priya Sandhu", "Tom Brennan");

        // both vote, ranking the candidates, once voting opens
        waitUntil(opens);
        String organisersReceipt = vote(page, paper.get(1), paper.get(0));
        signOut();
        signIn(DemoData.MEMBER);
        String membersReceipt = vote(page, paper.get(0), paper.get(1));
        assertThat(membersReceipt).isNotEqualTo(organisersReceipt);

        // after the close: the result, the stages and the receipt among those published
        waitUntil(closes);
        go(page);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("result")));
        assertThat(browser.findElement(By.cssSelector("p.headline")).getText()).startsWith("Elected: ");
        assertThat(browser.findElements(By.cssSelector("table.stages tbody tr")))
                .extracting(row -> row.getText())
                .anyMatch(text -> text.startsWith("Priya Sandhu"))
                .anyMatch(text -> text.startsWith("Tom Brennan"));
        browser.findElement(By.name("receipt")).sendKeys(membersReceipt.toLowerCase());
        browser.findElement(By.xpath("//button[normalize-space()='Check']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("p.notice.success"), "is in the published list"));
        browser.findElement(By.cssSelector("section[aria-labelledby=result] details summary"))
                .click();
        assertThat(browser.findElements(By.cssSelector("ul.receipts code")))
                .extracting(code -> code.getText())
                .contains(membersReceipt, organisersReceipt)
                .hasSize(2);
    }

    /** Votes on the ballot paper, first preference first, and returns the receipt shown. */
    private String vote(String page, Nomination first, Nomination second) {
        go(page + "/vote");
        arrivedAt("Your ballot paper");
        new Select(browser.findElement(By.name("rank_" + first.id()))).selectByVisibleText("1");
        new Select(browser.findElement(By.name("rank_" + second.id()))).selectByVisibleText("2");
        browser.findElement(By.name("confirm")).click();
        browser.findElement(By.xpath("//button[normalize-space()='Cast my vote']"))
                .click();
        arrivedAt("Your vote is cast");
        String receipt = browser.findElement(By.id("receipt")).getText();
        assertThat(receipt).matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){4}");
        return receipt;
    }

    private void waitUntil(Instant moment) throws InterruptedException {
        long millis = Duration.between(contests.now(), moment).toMillis() + 500;
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}
