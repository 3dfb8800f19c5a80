package io.frontline.bench;

import io.frontline.detect.AccountMemory;
import io.frontline.detect.Assessment;
import io.frontline.detect.CallerNumbers;
import io.frontline.detect.ContactAssessor;
import io.frontline.detect.DetectorSettings;
import io.frontline.detect.Intel;
import io.frontline.detect.LinkInspector;
import io.frontline.detect.ScamLanguage;
import io.frontline.detect.TextNormalizer;
import io.frontline.detect.TransactionAssessor;

import io.frontline.domain.Caller;
import io.frontline.domain.ContactRequest;
import io.frontline.domain.Links;
import io.frontline.domain.Subject;
import io.frontline.domain.TransactionRequest;
import io.frontline.json.RequestReader;
import io.frontline.support.StarterPolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Each detector alone, one thread, over the starter scenarios' requests (varied): the scam-language reader on a
 * contact's words, the caller-number check, the link inspector, the account memory's view and record of a
 * payment, and the two assessors that run them all for a payment and for a contact. Run by {@code bench/run}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class DetectorBenchmark {
    private TransactionRequest[] transactions;
    private ContactRequest[] contacts;
    private String[] words;
    private ScamLanguage language;
    private CallerNumbers numbers;
    private LinkInspector links;
    private AccountMemory memory;
    private VariedRequests.Accounts accounts;
    private TransactionAssessor transactionAssessor;
    private ContactAssessor contactAssessor;
    private Instant now;
    private int next;

    @Setup
    public void setUp() {
        Intel intel = StarterPolicy.intel().intel();
        int n = DecisionBenchmark.REQUESTS;
        transactions = VariedRequests.of(Subject.TRANSACTION, n).stream()
                .map(RequestReader::transaction).toArray(TransactionRequest[]::new);
        contacts = VariedRequests.of(Subject.CONTACT, n).stream()
                .map(RequestReader::contact).toArray(ContactRequest[]::new);
        words = java.util.Arrays.stream(contacts)
                .map(c -> (c.text() == null ? "" : c.text()) + "\n" + (c.reportedMessage() == null ? "" : c.reportedMessage()))
                .toArray(String[]::new);
        language = new ScamLanguage(intel.phrases(), intel.model());
        numbers = new CallerNumbers(intel.numberRanges(), intel.lists());
        links = new LinkInspector(intel.brands(), intel.lists());
        memory = new AccountMemory(DecisionBenchmark.KEPT_ACCOUNTS);
        accounts = new VariedRequests.Accounts();
        transactionAssessor = new TransactionAssessor(intel, new AccountMemory(DecisionBenchmark.KEPT_ACCOUNTS),
                DetectorSettings.DEFAULTS);
        contactAssessor = new ContactAssessor(intel, new AccountMemory(DecisionBenchmark.KEPT_ACCOUNTS),
                DetectorSettings.DEFAULTS);
        now = Instant.now();
    }

    private int next() {
        next = (next + 1) & (DecisionBenchmark.REQUESTS - 1);
        return next;
    }

    @Benchmark
    public ScamLanguage.Reading scamLanguage() {
        String text = words[next()];
        return language.read(text, TextNormalizer.detect(text), "contact");
    }

    @Benchmark
    public Caller callerNumber() {
        return numbers.read(contacts[next()].callerNumber(), now);
    }

    @Benchmark
    public Links links() {
        ContactRequest c = contacts[next()];
        return links.inspect(now, c.text(), c.reportedMessage());
    }

    @Benchmark
    public AccountMemory.PaymentView accountMemory() {
        TransactionRequest r = accounts.move(transactions[next()]);
        String device = r.device() == null ? null : r.device().id();
        AccountMemory.PaymentView view = memory.viewPayment(r.payer().accountId(), r.payee().accountId(), device, now);
        memory.recordPayment(r.payer().accountId(), r.payee().accountId(), device, r.amount(), now, true);
        return view;
    }

    @Benchmark
    public Assessment transactionAssessor() {
        return transactionAssessor.assess(accounts.move(transactions[next()]), now);
    }

    @Benchmark
    public Assessment contactAssessor() {
        return contactAssessor.assess(accounts.move(contacts[next()]), now);
    }
}
