package io.frontline.console;

import io.frontline.support.Browser;
import io.frontline.support.RunningService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The consoles work from the keyboard alone: sign in, fill a contact, get its recommendation. */
class KeyboardBrowserIT {

    @Test
    void an_agent_signs_in_and_gets_a_recommendation_without_a_mouse() {
        try (RunningService svc = RunningService.start(); Browser browser = Browser.open(svc.origin())) {
            browser.go("/console/");
            WebElement key = browser.visible("#signin-key");
            key.sendKeys(svc.key("agent"), Keys.ENTER);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("agent.html"));

            browser.visible("#contact-text").sendKeys("对方说是公安局的，让我把钱转到安全账户");
            // from the text, Tab moves on through the form until the button that asks for the recommendation
            Actions keys = new Actions(browser.driver());
            for (int i = 0; i < 10 && !"contact-submit".equals(focused(browser)); i++) {
                keys.sendKeys(Keys.TAB).perform();
            }
            assertEquals("contact-submit", focused(browser), "the decide button is reachable with Tab");
            keys.sendKeys(Keys.ENTER).perform();
            browser.visible("#recommendation #outcome");
        }
    }

    private static String focused(Browser browser) {
        return browser.driver().switchTo().activeElement().getAttribute("id");
    }
}
