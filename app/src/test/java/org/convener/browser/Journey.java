package org.convener.browser;

import java.time.Duration;
import org.convener.DemoData;
import org.convener.demo.Demo;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.imports.DatasetImports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A journey through the running application in Chromium, as the demonstration's people. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class Journey {

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

    /** Signs in through the form and waits until the account page names the user. */
    void signIn(String email) {
        go("/login");
        browser.findElement(By.name("email")).sendKeys(email);
        browser.findElement(By.name("password")).sendKeys(DemoData.PASSWORD);
        browser.findElement(By.xpath("//button[normalize-space()='Sign in']")).click();
        wait.until(ExpectedConditions.urlToBe(url("/home")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("nav.user"), email));
    }

    void signOut() {
        browser.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Sign in")));
    }

    /** Waits for the page's heading, and says what page came instead if it does not. */
    void arrivedAt(String heading) {
        try {
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), heading));
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "expected the page headed " + heading + " but " + browser.getCurrentUrl() + " shows:\n"
                            + browser.getPageSource(),
                    e);
        }
    }

    void go(String path) {
        browser.get(url(path));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
