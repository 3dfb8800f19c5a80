package io.frontline.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.decide.DecisionService;
import io.frontline.domain.Freeze;
import io.frontline.domain.Outcome;
import io.frontline.json.Json;
import io.frontline.json.LearningJson;
import io.frontline.learn.Learning;
import io.frontline.learn.LoggedDecision;
import io.frontline.learn.Pseudonyms;
import io.frontline.review.DecisionIndex;
import io.frontline.review.LogEntry;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * Follows the review log: told of every entry in log order — at start as the log is read back, then as each
 * entry is written — it indexes decisions, applies freezes and releases in the order the log holds them, and
 * turns freeze, feedback and review events into reviews and report counts. Because live state follows the log
 * in the log's order, a restart rebuilds exactly what was in force. Decisions are counted by the recorder as they
 * are made ({@link ReviewLogRecorder}) and by {@link ReviewLogReplay} at start, and a decision froze its account as
 * it was made, so the writer parses no decision; read back at start, a decision that froze an account is parsed
 * to freeze it again.
 */
public final class LearningFollower implements Consumer<LogEntry> {
    private static final String FROZE = "\"outcome\":\"emergency-freeze\"";

    private final DecisionIndex index;
    private final Learning learning;
    private final DecisionService service;
    private final Pseudonyms pseudonyms;

    public LearningFollower(DecisionIndex index, Learning learning, DecisionService service, Pseudonyms pseudonyms) {
        this.index = index;
        this.learning = learning;
        this.service = service;
        this.pseudonyms = pseudonyms;
    }

    @Override
    public void accept(LogEntry entry) {
        switch (entry.kind()) {
            case "decision" -> {
                index.accept(entry);
                // a live decision froze its account as it was made; one read back from disk freezes it again
                if (!entry.live() && entry.mentions(FROZE)) {
                    LoggedDecision d = LearningJson.loggedDecision(Json.readLogged(entry.json()));
                    if (d.outcome() == Outcome.EMERGENCY_FREEZE && d.accountId() != null) {
                        service.restore(new Freeze(d.accountId(), d.decidedAt(), "emergency-freeze decision",
                                d.decisionId(), "rules"));
                    }
                }
            }
            case "freeze" -> {
                JsonNode e = Json.readLogged(entry.json());
                Freeze f = LearningJson.readFreeze(e);
                Freeze freeze = new Freeze(f.accountId(), f.since(), f.reason(), f.decisionId(), pseudonyms.ensure(f.by()));
                service.restore(freeze);
                learning.frozen(freeze.accountId(), freeze.reason(), freeze.decisionId(), freeze.by(), freeze.since(),
                        e.path("ruleset").asText(""), entry.seq());
            }
            case "release" -> {
                JsonNode e = Json.readLogged(entry.json());
                if (e.hasNonNull("freezeSince")) {
                    service.release(e.path("accountId").asText(), Instant.parse(e.path("freezeSince").asText()));
                } else {
                    service.releaseAny(e.path("accountId").asText());
                }
            }
            case "feedback" -> {
                LearningJson.FeedbackEvent e = LearningJson.readFeedbackEvent(entry.json());
                learning.feedback(e.decision(), e.feedback(), entry.seq());
            }
            case "review" -> {
                LearningJson.ReviewEvent e = LearningJson.readReviewEvent(entry.json());
                learning.reviewed(e.reviewId(), e.update(), e.by(), e.at());
            }
            default -> { }
        }
    }
}
