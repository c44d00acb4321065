package org.convener.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.convener.DemoData;
import org.convener.demo.Demo;
import org.convener.people.People;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.imports.DatasetImports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The vacancies board and who sees whose details, signed in as the demonstration's people. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VacancyJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    DatasetImports imports;

    @Autowired
    Demo demo;

    @Autowired
    Accounts accounts;

    @Autowired
    CommandLineInterface cli;

    @Autowired
    People people;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void open() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        DemoData.loaded(imports, demo, accounts, cli);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

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
        assertThat(vacancy("Campaigns officer", "Derby Red Labour").findElement(By.cssSelector("td.num")).getText()).isEqualTo("1");
        go("/groups/" + Demo.DERBY);
        WebElement post = browser.findElement(By.xpath("//tr[th/a[normalize-space()='Campaigns officer']]"));
        assertThat(post.getText()).contains("Vacant", "1 volunteered");
        post.findElement(By.xpath(".//button[normalize-space()='Appoint Priya Sandhu']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice.success"), "Priya Sandhu appointed Campaigns officer"));
        assertThat(browser.findElement(By.xpath("//tr[th/a[normalize-space()='Campaigns officer']]")).getText()).contains("Priya Sandhu");

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
            AuditActor.as("test", () -> accounts.changePassword(made.account().id(), made.oneTimePassword(), DemoData.PASSWORD));
        }
        signIn(beth);

        go("/groups/" + Demo.DERBY);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Derby Red Labour (illustrative)");
        assertThat(browser.getPageSource()).contains("Tom Brennan").doesNotContain("tom.brennan@example.org", "07700 900102");
        assertThat(browser.findElements(By.xpath("//th[normalize-space()='Email']"))).isEmpty();

        go("/groups/" + Demo.DONCASTER);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Forbidden");
        assertThat(browser.getPageSource()).doesNotContain("Karen Holroyd", "karen.holroyd@example.org");

        long karen = people.findByEmail("karen.holroyd@example.org").orElseThrow().id();
        go("/people/" + karen);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Forbidden");
        assertThat(browser.getPageSource()).doesNotContain("karen.holroyd@example.org", "07700 900201");

        go("/people?name=Karen");
        assertThat(browser.getPageSource()).doesNotContain("Karen Holroyd");
    }

    private void signIn(String email) {
        go("/login");
        browser.findElement(By.name("email")).sendKeys(email);
        browser.findElement(By.name("password")).sendKeys(DemoData.PASSWORD);
        browser.findElement(By.xpath("//button[normalize-space()='Sign in']")).click();
        wait.until(ExpectedConditions.urlToBe(url("/account")));
    }

    private void signOut() {
        browser.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Sign in")));
    }

    private WebElement vacancy(String post, String group) {
        return browser.findElements(By.cssSelector("#vacancies tbody tr")).stream()
                .filter(row -> row.findElement(By.tagName("th")).getText().equals(post) && row.getText().contains(group))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no vacancy for " + post + " in " + group + " on the board"));
    }

    private void go(String path) {
        browser.get(url(path));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
