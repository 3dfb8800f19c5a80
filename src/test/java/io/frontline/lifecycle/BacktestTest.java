package io.frontline.lifecycle;

import com.fasterxml.jackson.core.JsonGenerator;
import io.frontline.decide.Ruleset;
import io.frontline.decide.Ruling;
import io.frontline.decide.ScriptBook;
import io.frontline.domain.Transaction;
import io.frontline.domain.TransactionType;
import io.frontline.json.FactsJson;
import io.frontline.json.Json;
import io.frontline.learn.Finding;
import io.frontline.review.FileReviewLog;
import io.frontline.review.LogReader;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BacktestTest {
    /** Warns on payments of at least 500. */
    private static final Ruleset CANDIDATE = ruleset("rs-candidate", 500);
    /** Warns on payments of at least 5,000. */
    private static final Ruleset LIVE = ruleset("rs-live", 5_000);

    @Test
    void the_latest_decisions_are_replayed_across_segments_with_their_facts_and_labels() throws Exception {
        Path dir = written(12);
        assertTrue(LogReader.segments(dir).size() > 3, "small segments: " + LogReader.segments(dir).size());

        Backtest.Report last5 = Backtest.run(dir, 5, LIVE, CANDIDATE,
                id -> id.equals("dcs-11") ? Optional.of(Finding.FRAUD_CONFIRMED) : Optional.empty());
        assertEquals(5, last5.read());
        // decisions 7..11 pay 700..1100: all warn under the candidate, none under the live ruleset
        assertEquals(5, last5.comparison().changed());
        assertEquals(List.of("dcs-7", "dcs-8", "dcs-9", "dcs-10", "dcs-11"),
                last5.comparison().samples().stream().map(s -> s.decisionId()).toList());
        assertEquals(1, last5.live().missedFraud());
        assertEquals(1.0, last5.candidate().recall());

        assertEquals(12, Backtest.run(dir, 100, LIVE, CANDIDATE, id -> Optional.empty()).read());
        Backtest.Report range = Backtest.run(dir, new Backtest.Window(null, Instant.parse("2026-11-24T10:03:00Z"),
                Instant.parse("2026-11-24T10:06:00Z")), LIVE, CANDIDATE, id -> Optional.empty());
        assertEquals(3, range.read(), "decided at minutes 3, 4 and 5");
        assertEquals(List.of("dcs-5"), range.comparison().samples().stream().map(s -> s.decisionId()).toList());
    }

    /** {@code n} decisions, one a minute from 10:00, paying 100 × their number, in segments of about one entry. */
    private static Path written(int n) throws Exception {
        Path dir = Files.createTempDirectory("backtest");
        try (FileReviewLog log = FileReviewLog.open(dir, new FileReviewLog.Options(FileReviewLog.Durability.STRICT,
                Duration.ofMillis(5), 200, Clock.systemUTC()), e -> { })) {
            for (int i = 0; i < n; i++) {
                Transaction fact = Transaction.builder().id("tx-" + i).type(TransactionType.TRANSFER)
                        .amount(BigDecimal.valueOf(100L * i)).currency("CNY").build();
                StringWriter facts = new StringWriter();
                try (JsonGenerator g = Json.MAPPER.createGenerator(facts)) {
                    FactsJson.write(g, List.of(fact));
                }
                log.append("decision", "{\"decisionId\":\"dcs-" + i + "\",\"decision\":{\"subject\":\"transaction\","
                        + "\"outcome\":\"allow\",\"decidedAt\":\"" + Instant.parse("2026-11-24T10:00:00Z")
                        .plus(Duration.ofMinutes(i)) + "\"},\"facts\":" + facts + "}").join();
            }
        }
        return dir;
    }

    private static Ruleset ruleset(String version, int warnFrom) {
        return new Ruleset() {
            @Override
            public String version() {
                return version;
            }

            @Override
            public ScriptBook scripts() {
                return ScriptBook.EMPTY;
            }

            @Override
            public void evaluate(Collection<Object> facts, Ruling ruling) {
                for (Object f : facts) {
                    if (f instanceof Transaction t && t.getAmount().compareTo(BigDecimal.valueOf(warnFrom)) >= 0) {
                        ruling.beginRule("Large payment", "T-1", "大额", "Large");
                        ruling.warn();
                        ruling.endRule();
                    }
                }
            }
        };
    }
}
