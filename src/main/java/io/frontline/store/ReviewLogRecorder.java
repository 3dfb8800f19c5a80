package io.frontline.store;

import io.frontline.decide.Decided;
import io.frontline.decide.DecisionLog;
import io.frontline.domain.ContactRequest;
import io.frontline.domain.Decision;
import io.frontline.domain.TransactionRequest;
import io.frontline.json.ReviewRecord;
import io.frontline.learn.Learning;
import io.frontline.learn.LoggedDecision;
import io.frontline.learn.Pseudonyms;
import io.frontline.review.FileReviewLog;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Records each decision in the file review log, minimized ({@link ReviewRecord}), and counts it for learning
 * once it is written.
 */
public final class ReviewLogRecorder implements DecisionLog {
    private final FileReviewLog log;
    private final Pseudonyms pseudonyms;
    private final Learning learning;
    private final boolean keepFacts;

    /** @param keepFacts whether records keep the facts the rules saw (for backtests; they cost write throughput) */
    public ReviewLogRecorder(FileReviewLog log, Pseudonyms pseudonyms, Learning learning, boolean keepFacts) {
        this.log = log;
        this.pseudonyms = pseudonyms;
        this.learning = learning;
        this.keepFacts = keepFacts;
    }

    @Override
    public CompletableFuture<?> record(Object request, Decided decided, long nanos, Executor turnEnd) {
        LoggedDecision logged = logged(request, decided);
        return log.append("decision", ReviewRecord.toUtf8(request, decided, nanos, pseudonyms, keepFacts), turnEnd)
                .thenApply(entry -> {
                    learning.decided(logged, entry.seq());
                    return entry;
                });
    }

    @Override
    public boolean isWritable() {
        return log.isWritable();
    }

    private static LoggedDecision logged(Object request, Decided decided) {
        Decision d = decided.decision();
        String account = request instanceof TransactionRequest t ? t.payer().accountId()
                : ((ContactRequest) request).customer() == null ? null
                : ((ContactRequest) request).customer().accountId();
        return new LoggedDecision(d.decisionId(), d.subject(), d.outcome(), d.ruleset(), decided.firedRules(), account,
                d.decidedAt().toInstant());
    }
}
