package io.frontline.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.domain.Outcome;
import io.frontline.domain.Subject;
import io.frontline.domain.WireEnum;
import io.frontline.learn.ContributingFactor;
import io.frontline.learn.Feedback;
import io.frontline.learn.Finding;
import io.frontline.learn.HumanAction;
import io.frontline.learn.LoggedDecision;
import io.frontline.learn.Review;
import io.frontline.learn.ReviewStatus;
import io.frontline.learn.ReviewUpdate;
import io.frontline.learn.RuleReport;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON of learning: the feedback and review events of the review log (read back at start), and the views of
 * reviews, feedback and the rule report. Events carry pseudonyms only.
 */
public final class LearningJson {
    private LearningJson() {}

    /** A feedback event with what it needs of its decision, so reading it back needs nothing else. */
    public record FeedbackEvent(LoggedDecision decision, Feedback feedback) {}

    /** A reviewer's change as logged. */
    public record ReviewEvent(String reviewId, ReviewUpdate update, String by, Instant at) {}

    public static String feedbackEvent(LoggedDecision d, Feedback f) {
        ObjectNode o = feedback(f);
        ObjectNode decision = o.putObject("decision").put("subject", d.subject().wire())
                .put("outcome", d.outcome().wire()).put("ruleset", d.ruleset())
                .put("decidedAt", d.decidedAt().toString());
        if (d.accountId() != null) {
            decision.put("accountId", d.accountId());
        }
        decision.set("firedRules", strings(d.firedRules()));
        return o.toString();
    }

    public static FeedbackEvent readFeedbackEvent(String json) {
        JsonNode o = Json.readLogged(json);
        JsonNode d = o.path("decision");
        LoggedDecision decision = new LoggedDecision(o.path("decisionId").asText(),
                wire(Subject.class, d.path("subject").asText()), wire(Outcome.class, d.path("outcome").asText()),
                d.path("ruleset").asText(), list(d.path("firedRules")), d.path("accountId").asText(null),
                Instant.parse(d.path("decidedAt").asText()));
        Feedback f = new Feedback(decision.decisionId(), wire(HumanAction.class, o.path("action").asText()),
                wire(Finding.class, o.path("outcome").asText()), o.path("note").asText(""), o.path("by").asText(null),
                Instant.parse(o.path("at").asText()));
        return new FeedbackEvent(decision, f);
    }

    public static String reviewEvent(String reviewId, ReviewUpdate u, String by, Instant at) {
        ObjectNode o = Json.MAPPER.createObjectNode().put("reviewId", reviewId).put("by", by).put("at", at.toString());
        ObjectNode update = o.putObject("update");
        if (u.whatHappened() != null) {
            update.put("whatHappened", u.whatHappened());
        }
        if (u.factors() != null) {
            update.set("contributingFactors", strings(u.factors().stream().map(ContributingFactor::wire).toList()));
        }
        if (u.lessons() != null) {
            update.put("lessons", u.lessons());
        }
        if (u.followUps() != null) {
            update.set("followUps", strings(u.followUps()));
        }
        if (u.status() != null) {
            update.put("status", u.status().wire());
        }
        return o.toString();
    }

    public static ReviewEvent readReviewEvent(String json) {
        JsonNode o = Json.readLogged(json);
        JsonNode u = o.path("update");
        List<ContributingFactor> factors = u.has("contributingFactors")
                ? list(u.path("contributingFactors")).stream().map(s -> wire(ContributingFactor.class, s)).toList()
                : null;
        ReviewUpdate update = new ReviewUpdate(u.path("whatHappened").asText(null), factors,
                u.path("lessons").asText(null), u.has("followUps") ? list(u.path("followUps")) : null,
                u.has("status") ? wire(ReviewStatus.class, u.path("status").asText()) : null);
        return new ReviewEvent(o.path("reviewId").asText(), update, o.path("by").asText(null),
                Instant.parse(o.path("at").asText()));
    }

    /** What learning needs of a decision record of the review log ({@link ReviewRecord}). */
    public static LoggedDecision loggedDecision(JsonNode record) {
        JsonNode request = record.path("request");
        JsonNode decision = record.path("decision");
        Subject subject = wire(Subject.class, decision.path("subject").asText());
        String account = subject == Subject.TRANSACTION ? request.path("payer").path("accountId").asText(null)
                : request.path("customer").path("accountId").asText(null);
        return new LoggedDecision(decision.path("decisionId").asText(), subject,
                wire(Outcome.class, decision.path("outcome").asText()), decision.path("ruleset").asText(),
                ReviewRecord.firedRules(record), account,
                OffsetDateTime.parse(decision.path("decidedAt").asText()).toInstant());
    }

    /** A freeze as logged and shown. */
    public static ObjectNode freeze(io.frontline.domain.Freeze f) {
        ObjectNode o = Json.MAPPER.createObjectNode().put("accountId", f.accountId()).put("since", f.since().toString())
                .put("reason", f.reason()).put("by", f.by());
        if (f.decisionId() != null) {
            o.put("decisionId", f.decisionId());
        }
        return o;
    }

    /** A freeze read back from the log. */
    public static io.frontline.domain.Freeze readFreeze(JsonNode f) {
        return new io.frontline.domain.Freeze(f.path("accountId").asText(), Instant.parse(f.path("since").asText()),
                f.path("reason").asText(), f.path("decisionId").asText(null), f.path("by").asText());
    }

    public static ObjectNode feedback(Feedback f) {
        ObjectNode o = Json.MAPPER.createObjectNode().put("decisionId", f.decisionId())
                .put("action", f.action().wire()).put("outcome", f.finding().wire()).put("note", f.note())
                .put("at", f.at().toString());
        if (f.by() != null) {
            o.put("by", f.by());
        }
        return o;
    }

    public static ObjectNode review(Review r) {
        ObjectNode o = Json.MAPPER.createObjectNode().put("reviewId", r.id()).put("trigger", r.trigger().wire())
                .put("status", r.status().wire()).put("openedAt", r.openedAt().toString());
        if (r.decisionId() != null) {
            o.put("decisionId", r.decisionId());
        }
        if (r.accountId() != null) {
            o.put("accountId", r.accountId());
        }
        o.put("ruleset", r.ruleset()).put("actor", r.actor()).put("whatHappened", r.whatHappened());
        o.set("contributingFactors", strings(r.factors().stream().map(ContributingFactor::wire).toList()));
        o.put("lessons", r.lessons());
        o.set("followUps", strings(r.followUps()));
        o.put("updatedAt", r.updatedAt().toString());
        if (r.updatedBy() != null) {
            o.put("updatedBy", r.updatedBy());
        }
        return o;
    }

    public static ObjectNode reviews(List<Review> reviews) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        ArrayNode items = o.putArray("reviews");
        reviews.forEach(r -> items.add(review(r)));
        return o;
    }

    public static ObjectNode ruleReport(List<RuleReport.Row> rows) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        ArrayNode items = o.putArray("rules");
        for (RuleReport.Row r : rows) {
            ObjectNode row = items.addObject().put("ruleset", r.ruleset()).put("rule", r.rule());
            if (r.day() != null) {
                row.put("day", r.day().toString());
            }
            row.put("hits", r.hits());
            ObjectNode outcomes = row.putObject("outcomes");
            r.outcomes().forEach((outcome, n) -> outcomes.put(outcome.wire(), n));
            row.put("overrides", r.overrides()).put("fraudConfirmed", r.fraudConfirmed())
                    .put("falsePositives", r.falsePositives());
            if (r.precision() == null) {
                row.putNull("precision");
            } else {
                row.put("precision", Math.round(r.precision() * 10_000) / 10_000.0);
            }
        }
        return o;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode a = Json.MAPPER.createArrayNode();
        values.forEach(a::add);
        return a;
    }

    private static List<String> list(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static <E extends Enum<E> & WireEnum> E wire(Class<E> type, String value) {
        return WireEnum.parse(type, value).orElseThrow(() -> new IllegalArgumentException(
                "not a " + type.getSimpleName() + ": " + value));
    }
}
