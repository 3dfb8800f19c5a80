package io.frontline.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.decide.Decided;
import io.frontline.decide.DecisionListener;
import io.frontline.decide.DecisionService;
import io.frontline.decide.RulesetSource;
import io.frontline.detect.AccountMemory;
import io.frontline.detect.DetectorSettings;
import io.frontline.domain.ContactRequest;
import io.frontline.domain.Subject;
import io.frontline.domain.TransactionRequest;
import io.frontline.json.DecisionWriter;
import io.frontline.json.Json;
import io.frontline.json.RequestReader;
import io.frontline.rules.DroolsRuleset;
import io.frontline.rules.RulesetCompiler;
import io.frontline.support.GeneratedPolicy;
import io.frontline.support.PolicyCopy;
import io.frontline.support.StarterPolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What one decision costs in process, one thread: the detectors (all of them, with account memory), the rules and
 * the combining, for the starter policy and for a generated large one (1,000 DRL rules and a 10,000-row table on
 * top of it). {@code transactionFromJson} adds reading the request and writing the answer — everything a decision
 * costs but HTTP and the review log. Run by {@code bench/run}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 4, time = 4)
@Fork(1)
public class DecisionBenchmark {
    static final int REQUESTS = 8_192;
    /** Accounts kept in memory: the busy service's steady state the HTTP benchmarks also run in. */
    static final int KEPT_ACCOUNTS = 50_000;

    @Param({"starter", "large"})
    public String policy;

    private DecisionService service;
    private PolicyCopy large;
    private TransactionRequest[] transactions;
    private ContactRequest[] contacts;
    private byte[][] transactionBodies;
    private VariedRequests.Accounts accounts;
    private int next;

    @Setup
    public void setUp() {
        DroolsRuleset ruleset;
        if (policy.equals("large")) {
            large = GeneratedPolicy.create(1_000, 10_000);
            RulesetCompiler.Result compiled = new RulesetCompiler(Clock.systemUTC()).compile(large.rules, large.tables);
            if (!compiled.ok()) {
                throw new IllegalStateException("the large policy does not compile: " + compiled.problems());
            }
            ruleset = compiled.ruleset();
        } else {
            ruleset = StarterPolicy.ruleset();
        }
        service = new DecisionService(RulesetSource.of(ruleset), StarterPolicy.intel().intel(),
                new AccountMemory(KEPT_ACCOUNTS), DetectorSettings.DEFAULTS, Clock.systemUTC(), DecisionListener.NONE);
        accounts = new VariedRequests.Accounts();
        List<ObjectNode> tx = VariedRequests.of(Subject.TRANSACTION, REQUESTS);
        transactions = tx.stream().map(RequestReader::transaction).toArray(TransactionRequest[]::new);
        transactionBodies = tx.stream().map(b -> b.toString().getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
        contacts = VariedRequests.of(Subject.CONTACT, REQUESTS).stream().map(RequestReader::contact)
                .toArray(ContactRequest[]::new);
    }

    @TearDown
    public void tearDown() {
        if (large != null) {
            GeneratedPolicy.delete(large);
        }
    }

    private int next() {
        next = (next + 1) & (REQUESTS - 1);
        return next;
    }

    @Benchmark
    public Decided transaction() {
        return service.decide(accounts.move(transactions[next()]));
    }

    @Benchmark
    public Decided contact() {
        return service.decide(accounts.move(contacts[next()]));
    }

    @Benchmark
    public byte[] transactionFromJson() {
        TransactionRequest r = RequestReader.transaction(Json.parseObject(transactionBodies[next()]));
        return DecisionWriter.toUtf8(service.decide(accounts.move(r)).decision());
    }
}
