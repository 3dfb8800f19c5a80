package io.frontline.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.support.Browser;
import io.frontline.support.PolicyCopy;
import io.frontline.support.RunningService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static io.frontline.support.RunningService.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Policy staff change a decision table in the policy console: upload, validate and backtest it; the drafter may
 * not publish it, a second person does, and the next decision uses it.
 */
class PolicyConsoleBrowserIT {
    private static final String OLD = "The wording matches a police or government impersonation scam";
    private static final String NEW = "The wording matches an impersonation of the police or the courts";
    private static final String POLICE_CALL = """
            {"contactId": "%s", "channel": "phone", "customer": {"accountId": "acc-pol-1", "birthYear": 1960},
             "text": "对方说是公安局的，说我涉嫌洗钱，让我把钱转到安全账户，不要告诉家人", "language": "zh-Hans"}""";

    @Test
    void a_spreadsheet_is_uploaded_validated_backtested_published_by_a_second_person_and_used_next() throws Exception {
        // a copy of the starter policy (publishing writes the policy directories), and decisions that keep the
        // facts the rules saw, so that the change can be backtested against them
        PolicyCopy copy = PolicyCopy.create();
        java.util.Map<String, String> config = new java.util.HashMap<>(copy.paths());
        config.put("review.keepFacts", "true");
        try (RunningService svc = RunningService.start(config)) {
            JsonNode before = json(svc.postJson("/v1/contacts/decide", "agent", POLICE_CALL.formatted("c-pol-1")));
            assertTrue(before.toString().contains(OLD), "the table in force says it the old way");

            Path upload = Files.createTempDirectory("policy-upload").resolve("scam-routes.drl.csv");
            Files.writeString(upload, Files.readString(copy.tables.resolve("scam-routes.drl.csv"))
                    .replace(OLD, NEW));
            String draftId;
            try (Browser drafter = Browser.open(svc.origin())) {
                drafter.signIn(svc.key("policy"), "policy.html");
                drafter.visible("#active-ruleset");
                drafter.present("#upload-files", Duration.ofSeconds(10)).sendKeys(upload.toString());
                drafter.click("#upload-submit");
                draftId = new WebDriverWait(drafter.driver(), Duration.ofSeconds(60))
                        .until(d -> {
                            String text = d.findElement(By.id("draft-id")).getText().strip();
                            return text.isEmpty() ? null : text;
                        });
                drafter.visible("#backtest-matrix");
                drafter.click("#draft-tables .view-drl[data-path='decision-tables/scam-routes.drl.csv']");
                drafter.waitForText("#generated-drl", NEW);
                drafter.visible("#rule-hits-chart");
                drafter.screenshot("policy-console");
                drafter.type("#publish-reason", "clearer wording for police impersonation");
                drafter.click("#publish-submit");
                new WebDriverWait(drafter.driver(), Duration.ofSeconds(10))
                        .until(d -> !d.findElement(By.id("publish-status")).getText().isBlank());
                assertEquals(List.of(), drafter.loadedFromElsewhere());
            }
            assertTrue(json(svc.postJson("/v1/contacts/decide", "agent", POLICE_CALL.formatted("c-pol-2")))
                    .toString().contains(OLD), "the drafter alone cannot put it into force");

            try (Browser second = Browser.open(svc.origin())) {
                second.signIn(svc.key("admin"), "agent.html");
                second.go("/console/policy.html#draft=" + draftId);
                second.waitForText("#draft-id", draftId);
                second.type("#publish-reason", "reviewed: wording only, backtest shows no outcome change");
                second.click("#publish-submit");
                new WebDriverWait(second.driver(), Duration.ofSeconds(30)).until(d ->
                        json(svc.get("/v1/rules/versions", "policy")).path("versions").size() >= 2);
                second.screenshot("policy-console-published");
            }
            JsonNode after = json(svc.postJson("/v1/contacts/decide", "agent", POLICE_CALL.formatted("c-pol-3")));
            assertTrue(after.toString().contains(NEW), "the next decision uses the published table: " + after);
            assertFalse(after.toString().contains(OLD));
            assertTrue(Files.readString(copy.tables.resolve("scam-routes.drl.csv")).contains(NEW),
                    "published to the policy directory the service reads at start");
        }
    }
}
