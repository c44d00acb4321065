package org.convener.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.convener.DemoData;
import org.convener.demo.Demo;
import org.convener.people.Channel;
import org.convener.people.People;
import org.convener.platform.mail.MailTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * An organiser writes to their group in Chromium: sees who it reaches, previews it, sends it; the
 * member's copy arrives in GreenMail, and its unsubscribe link, opened in the browser, withdraws
 * their email consent.
 */
class MessageJourneyTest extends Journey {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    People people;

    @Autowired
    ApplicationContext beans;

    @Test
    void anOrganiserWritesToTheGroupAndAMemberUnsubscribesFromTheLinkInTheirCopy() {
        var member = people.find(accounts.find(DemoData.MEMBER).orElseThrow().personId())
                .orElseThrow();
        signIn(DemoData.ORGANISER);
        go("/groups/" + Demo.DERBY);
        browser.findElement(By.linkText("Write to members")).click();
        arrivedAt("Messages to members");
        browser.findElement(By.linkText("Write a message")).click();
        arrivedAt("Write a message");
        assertThat(browser.findElement(By.id("reach")).getText()).contains("receive it");
        browser.findElement(By.name("subject")).sendKeys("Branch meeting on Tuesday");
        browser.findElement(By.name("body"))
                .sendKeys("Dear all,\n\nThe **branch meeting** is on Tuesday at 7pm. Bring a friend.");
        browser.findElement(By.xpath("//button[normalize-space()='Save and preview']"))
                .click();
        arrivedAt("Branch meeting on Tuesday");

        assertThat(browser.findElement(By.cssSelector("#preview strong")).getText())
                .isEqualTo("branch meeting");
        String reach = browser.findElement(By.id("reach")).getText();
        int shown = Integer.parseInt(
                browser.findElement(By.cssSelector("#reach strong.big")).getText());
        assertThat(reach).contains(shown + " members receive it");
        browser.findElement(By.xpath("//button[starts-with(normalize-space(), 'Send now to')]"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("p.notice.success"), "Sent to " + shown));
        assertThat(browser.findElements(By.cssSelector("#recipients tbody tr"))).hasSize(shown);

        MailTesting.deliver(beans, mail);
        var copies = MailTesting.to(mail, member.email()).stream()
                .filter(m -> MailTesting.text(m).contains("branch meeting is on Tuesday"))
                .toList();
        assertThat(copies).hasSize(1);
        String text = MailTesting.text(copies.get(0));
        assertThat(text).contains("branch meeting is on Tuesday");
        String unsubscribe = text.substring(text.indexOf("http://localhost:" + port + "/unsubscribe/"))
                .lines()
                .findFirst()
                .orElseThrow()
                .trim();
        signOut();

        browser.get(unsubscribe);
        arrivedAt("Unsubscribe");
        assertThat(people.consents(member.id()).get(Channel.EMAIL).granted()).isTrue();
        browser.findElement(By.xpath("//button[normalize-space()='Unsubscribe']"))
                .click();
        arrivedAt("Unsubscribed");
        assertThat(people.consents(member.id()).get(Channel.EMAIL).granted()).isFalse();
    }
}
