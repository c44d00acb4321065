package org.convener.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.convener.DemoData;
import org.convener.demo.Demo;
import org.convener.shared.Format;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * An organiser schedules a meeting, members say they are coming, attendance is taken, minutes with
 * two action points are approved at the next meeting, and the action points are on their owners'
 * follow-ups.
 */
class MeetingJourneyTest extends Journey {

    private static final String FIRST = "Journey meeting: the winter plan";
    private static final String NEXT = "Journey meeting: the follow-up";

    @Test
    void aMeetingRunsFromAgendaToApprovedMinutesAndItsActionPointsReachTheirOwners() {
        String today = LocalDate.now(Format.LONDON).toString();
        signIn(DemoData.ORGANISER);
        go("/groups/" + Demo.DERBY + "/meetings");
        arrivedAt("Meetings and events");
        schedule(FIRST, today + "T00:05", "Apologies\nThe winter plan\nAny other business");
        arrivedAt(FIRST);
        assertThat(browser.findElement(By.id("agenda")).getText()).contains("The winter plan");
        String meeting = browser.getCurrentUrl();
        answer("Coming");
        signOut();

        signIn(DemoData.MEMBER);
        browser.get(meeting);
        arrivedAt(FIRST);
        answer("Coming");
        assertThat(browser.findElement(By.id("rsvps")).getText()).contains("2 coming");
        signOut();

        signIn(DemoData.ORGANISER);
        browser.get(meeting);
        WebElement attendance = browser.findElement(By.cssSelector("form[aria-label='Attendance']"));
        for (String name : new String[] {"Maya Okafor", "Priya Sandhu", "Tom Brennan"}) {
            attendance
                    .findElement(By.xpath(".//label[contains(normalize-space(), '" + name + "')]/input"))
                    .click();
        }
        attendance
                .findElement(By.xpath(".//button[normalize-space()='Save attendance']"))
                .click();
        notice("Attendance saved: 3 people there.");
        assertThat(browser.findElement(By.id("rsvps")).getText()).contains("3 came", "(1 without answering)");

        WebElement minutes = browser.findElement(By.cssSelector("form[aria-label='Write the minutes']"));
        minutes.findElement(By.name("body")).sendKeys("Present: three members. The winter plan was agreed.");
        minutes.findElement(By.tagName("button")).click();
        notice("Minutes saved as version 1.");
        actionPoint("Book the hall for the January meeting", "Priya Sandhu");
        actionPoint("Write to the branch secretaries", "Maya Okafor");
        assertThat(browser.findElement(By.id("action-points")).getText())
                .contains("Book the hall for the January meeting", "Write to the branch secretaries");
        assertThat(browser.findElement(By.id("minutes")).getText()).contains("Draft: version 1, not yet approved.");

        // the next meeting approves them
        go("/groups/" + Demo.DERBY + "/meetings");
        schedule(NEXT, today + "T00:10", "Minutes of the last meeting");
        arrivedAt(NEXT);
        browser.get(meeting);
        WebElement approve = browser.findElement(By.cssSelector("form[aria-label='Approve the minutes']"));
        new Select(approve.findElement(By.name("atMeetingId")))
                .selectByVisibleText(NEXT + ", " + Format.date(LocalDate.now(Format.LONDON)));
        approve.findElement(By.xpath(".//button[normalize-space()='Approve version 1']"))
                .click();
        notice("Minutes approved (version 1)");
        assertThat(browser.findElement(By.id("minutes")).getText()).contains("Version 1 approved at", NEXT);
        assertThat(browser.findElements(By.cssSelector("form[aria-label='Write the minutes']")))
                .as("approved minutes cannot change")
                .isEmpty();

        go("/follow-ups");
        assertThat(browser.findElement(By.id("mine")).getText()).contains("Write to the branch secretaries", FIRST);
        signOut();

        signIn(DemoData.MEMBER);
        go("/follow-ups");
        WebElement mine = browser.findElement(By.id("mine"));
        assertThat(mine.getText()).contains("Book the hall for the January meeting", FIRST);
        mine.findElement(By.linkText(FIRST + ", " + Format.date(LocalDate.now(Format.LONDON))))
                .click();
        arrivedAt(FIRST);
    }

    private void schedule(String title, String startsAt, String agenda) {
        WebElement form = browser.findElement(By.cssSelector("form[aria-label='Schedule']"));
        new Select(form.findElement(By.name("kind"))).selectByVisibleText("Group meeting");
        form.findElement(By.name("title")).sendKeys(title);
        browser.executeScript("arguments[0].value = arguments[1]", form.findElement(By.name("startsAt")), startsAt);
        form.findElement(By.name("place")).sendKeys("Derby Trades Hall, Room 2");
        form.findElement(By.name("agenda")).sendKeys(agenda);
        form.findElement(By.xpath(".//button[normalize-space()='Schedule']")).click();
        notice("Group meeting scheduled");
    }

    private void answer(String label) {
        browser.findElement(By.cssSelector("form[aria-label='Your answer']"))
                .findElement(By.xpath(".//button[normalize-space()='" + label + "']"))
                .click();
        notice("Thanks: you answered");
    }

    private void actionPoint(String action, String owner) {
        WebElement form = browser.findElement(By.cssSelector("form[aria-label='Add an action point']"));
        form.findElement(By.name("action")).sendKeys(action);
        new Select(form.findElement(By.name("ownerId"))).selectByVisibleText(owner);
        form.findElement(By.xpath(".//button[normalize-space()='Add action point']"))
                .click();
        notice("Action point added");
    }

    private void notice(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice.success"), text));
    }
}
