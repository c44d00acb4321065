package org.convener.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.convener.DemoData;
import org.convener.demo.Demo;
import org.convener.people.People;
import org.convener.platform.audit.AuditActor;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** The vacancies board and who sees whose details, signed in as the demonstration's people. */
class VacancyJourneyTest extends Journey {

    @Autowired
    People people;

    @Test
    void aMemberVolunteersAndTheOrganiserAppointsThemSoTheBoardNoLongerShowsThePost() {
        signIn(DemoData.MEMBER);
        go("/vacancies");
        WebElement row = vacancy("Campaigns officer", "Derby Red Labour");
        assertThat(row.findElement(By.cssSelector("td.num")).getText()).isEqualTo("0");
        row.findElement(By.name("message")).sendKeys("I ran the leafleting last spring.");
        row.findElement(By.xpath(".//button[normalize-space()='Volunteer']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice.success"), "Thank you"));
        assertThat(vacancy("Campaigns officer", "Derby Red Labour").getText()).contains("Withdraw my offer");
        signOut();

        signIn(DemoData.ORGANISER);
        go("/vacancies");
        assertThat(vacancy("Campaigns officer", "Derby Red Labour")
                        .findElement(By.cssSelector("td.num"))
                        .getText())
                .isEqualTo("1");
        go("/groups/" + Demo.DERBY);
        arrivedAt("Derby Red Labour (illustrative)");
        WebElement post = browser.findElement(By.xpath("//tr[th/a[normalize-space()='Campaigns officer']]"));
        assertThat(post.getText()).contains("Vacant", "1 volunteered");
        post.findElement(By.xpath(".//button[normalize-space()='Appoint Priya Sandhu']"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("p.notice.success"), "Priya Sandhu appointed Campaigns officer"));
        assertThat(browser.findElement(By.xpath("//tr[th/a[normalize-space()='Campaigns officer']]"))
                        .getText())
                .contains("Priya Sandhu");

        go("/vacancies");
        assertThat(browser.findElements(By.cssSelector("#vacancies tbody tr")))
                .extracting(WebElement::getText)
                .noneMatch(text -> text.contains("Campaigns officer") && text.contains("Derby"))
                .anyMatch(text -> text.contains("Political education officer") && text.contains("Derby"));
    }

    @Test
    void aMemberSeesTheirGroupWithoutContactDetailsAndNothingOfAnotherGroup() {
        // a member who holds no post: post holders help run the group and see its members' details
        String beth = "beth.clayton@example.org";
        if (accounts.find(beth).isEmpty()) {
            long person = people.findByEmail(beth).orElseThrow().id();
            var made = AuditActor.as("test", () -> accounts.create(beth, person, false));
            AuditActor.as(
                    "test",
                    () -> accounts.changePassword(made.account().id(), made.oneTimePassword(), DemoData.PASSWORD));
        }
        signIn(beth);

        go("/groups/" + Demo.DERBY);
        arrivedAt("Derby Red Labour (illustrative)");
        assertThat(browser.getPageSource())
                .contains("Tom Brennan")
                .doesNotContain("tom.brennan@example.org", "07700 900102");
        assertThat(browser.findElements(By.xpath("//th[normalize-space()='Email']")))
                .isEmpty();

        go("/groups/" + Demo.DONCASTER);
        arrivedAt("Forbidden");
        assertThat(browser.getPageSource()).doesNotContain("Karen Holroyd", "karen.holroyd@example.org");

        long karen =
                people.findByEmail("karen.holroyd@example.org").orElseThrow().id();
        go("/people/" + karen);
        arrivedAt("Forbidden");
        assertThat(browser.getPageSource()).doesNotContain("karen.holroyd@example.org", "07700 900201");

        go("/people?name=Karen");
        assertThat(browser.getPageSource()).doesNotContain("Karen Holroyd");
    }

    private WebElement vacancy(String post, String group) {
        return browser.findElements(By.cssSelector("#vacancies tbody tr")).stream()
                .filter(row -> row.findElement(By.tagName("th")).getText().equals(post)
                        && row.getText().contains(group))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no vacancy for " + post + " in " + group + " on the board"));
    }
}
