package io.frontline.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.support.Browser;
import io.frontline.support.RunningService;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.frontline.support.RunningService.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An agent freezes from the console in one click; a reviewer reviews it blamelessly in the review console and
 * releases it with a note.
 */
class FreezeReviewBrowserIT {

    @Test
    void an_agent_freezes_a_reviewer_reviews_it_and_releases_it_with_a_note() {
        try (RunningService svc = RunningService.start()) {
            try (Browser agent = Browser.open(svc.origin())) {
                agent.signIn(svc.key("agent"), "agent.html");
                agent.type("#contact-account", "acc-frz-1");
                agent.type("#contact-birth-year", "1952");
                agent.type("#contact-text", "对方说是公安局的，说我涉嫌洗钱，让我把钱转到安全账户，不要告诉家人");
                agent.click("#contact-submit");
                agent.visible("#recommendation #outcome");
                agent.click("#freeze");
                agent.visible("#freeze-status");
                agent.screenshot("agent-console-freeze");
            }
            assertEquals("active", json(svc.get("/v1/freezes/acc-frz-1", "reviewer")).path("status").asText(),
                    "the freeze stands at once");
            String reviewId = freezeReview(svc, "acc-frz-1");

            try (Browser reviewer = Browser.open(svc.origin())) {
                reviewer.signIn(svc.key("reviewer"), "review.html");
                reviewer.click("#open-reviews .review-row[data-review-id='" + reviewId + "']");
                reviewer.type("#review-what-happened", "The customer was on a call with a fake police officer; "
                        + "the agent froze the account before the transfer.");
                reviewer.click("#factor-new-scam-pattern");
                reviewer.type("#review-lessons", "Freezing at once stopped the transfer.");
                reviewer.click("#review-submit");
                reviewer.visible("#review-status-message");
                reviewer.type("#release-note", "Called the customer back on the number on file: safe now.");
                reviewer.click("#release-submit");
                reviewer.visible("#release-status");
                reviewer.present("#rule-trend svg circle[data-day]", java.time.Duration.ofSeconds(10));
                reviewer.present("#rule-chart svg", java.time.Duration.ofSeconds(10));
                reviewer.screenshot("review-console");
                assertEquals(List.of(), reviewer.loadedFromElsewhere());
                assertFalse(reviewer.driver().getPageSource().contains(svc.key("agent")), "no key in the page");
            }
            assertEquals("none", json(svc.get("/v1/freezes/acc-frz-1", "reviewer")).path("status").asText(),
                    "released");
            JsonNode review = json(svc.get("/v1/reviews/" + reviewId, "reviewer"));
            assertTrue(review.path("contributingFactors").toString().contains("new-scam-pattern"), review.toString());
            assertTrue(review.path("actor").asText().startsWith("p-"), "the agent appears as a pseudonym only");
            assertTrue(review.path("decisionId").asText().startsWith("dcs-"), "the review shows the decision frozen from");
        }
    }

    private static String freezeReview(RunningService svc, String account) {
        for (JsonNode r : json(svc.get("/v1/reviews?status=open", "reviewer")).path("reviews")) {
            if ("freeze".equals(r.path("trigger").asText()) && account.equals(r.path("accountId").asText())) {
                return r.path("reviewId").asText();
            }
        }
        throw new AssertionError("no review opened for the freeze of " + account);
    }
}
