package io.frontline.console;

import io.frontline.support.Browser;
import io.frontline.support.RunningService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static io.frontline.support.RunningService.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The agent console in headless Chromium: the recommendation for a contact, and alerts as they happen. */
class AgentConsoleBrowserIT {

    @Test
    void a_contact_with_a_fake_link_shows_the_official_domain_beside_it_and_the_script() {
        try (RunningService svc = RunningService.start(); Browser browser = Browser.open(svc.origin())) {
            browser.go("/console/");
            browser.visible("#signin-key");
            browser.screenshot("sign-in");
            browser.signIn(svc.key("agent"), "agent.html");
            browser.type("#contact-account", "acc-1");
            browser.type("#contact-birth-year", "1950");
            browser.type("#contact-caller", "+8617012345678");
            browser.type("#contact-text", "有人冒充客服说我账户异常，让我点击链接验证身份，还要我把短信验证码告诉他");
            browser.type("#contact-reported", "【工商银行】您的账户存在异常，请登录 http://icbc-verify.com/login 验证");
            browser.click("#contact-submit");

            browser.waitForText("#recommendation .official-domain", "icbc.com.cn");
            WebElement fake = browser.visible("#recommendation .fake-domain");
            assertEquals("icbc-verify.com", fake.getText());
            assertFalse(fake.findElements(By.tagName("mark")).isEmpty(), "the difference is marked");
            assertEquals("escalate", browser.visible("#outcome").getAttribute("data-outcome"));
            List<WebElement> steps = browser.all("#script li");
            assertTrue(steps.size() >= 2, "the script's steps");
            assertTrue(steps.get(0).getText().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN), "the script in the customer's language: " + steps.get(0).getText());
            assertFalse(browser.all("#recommendation mark.phrase").isEmpty(), "the scam phrases are highlighted");
            assertFalse(browser.all("#recommendation .older-customer").isEmpty(), "an older customer is flagged");
            browser.screenshot("agent-console-contact");

            // the switch turns the page, reasons included, into English and back
            String chineseReason = browser.visible("#reasons .reason-message").getText();
            browser.click("#lang-switch");
            browser.waitForText("#lang-switch", "中文");
            String englishReason = browser.visible("#reasons .reason-message").getText();
            assertTrue(englishReason.chars().allMatch(c -> c < 0x2E80), "English: " + englishReason);
            assertFalse(englishReason.equals(chineseReason));
            browser.click("#lang-switch");
            browser.waitForText("#lang-switch", "English");
            assertEquals(List.of(), browser.loadedFromElsewhere());
        }
    }

    @Test
    void an_alert_raised_by_a_transaction_appears_in_an_open_agent_console_within_a_second() throws Exception {
        try (RunningService svc = RunningService.start(); Browser browser = Browser.open(svc.origin())) {
            browser.signIn(svc.key("agent"), "agent.html");
            waitUntilWatching(browser);

            long sent = System.nanoTime();
            String decisionId = json(svc.postJson("/v1/transactions/decide", "payment-system",
                    Files.readString(Path.of("examples/transaction-elderly-donation.json"))
                            .replace("tx-1001", "tx-console-1"))).path("decisionId").asText();
            WebElement alert = new WebDriverWait(browser.driver(), Duration.ofSeconds(5), Duration.ofMillis(10))
                    .until(d -> d.findElements(By.cssSelector("#alerts li.alert[data-decision-id='" + decisionId
                            + "']")).stream().findFirst().orElse(null));
            long millis = (System.nanoTime() - sent) / 1_000_000;
            System.out.println("console alert: decision to page in " + millis + " ms");
            assertTrue(millis < 1_000, "the alert took " + millis + " ms");
            assertFalse(alert.findElements(By.cssSelector(".older-customer")).isEmpty(), "older customer flagged");
            browser.screenshot("agent-console-alert");
            assertEquals(List.of(), browser.loadedFromElsewhere());
        }
    }

    /** The console's alert stream is open (its status says so). */
    static void waitUntilWatching(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10), Duration.ofMillis(20))
                .until(d -> "connected".equals(d.findElement(By.id("alerts-status")).getAttribute("data-state")));
    }
}
