package io.frontline.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.frontline.support.RunningService;
import io.frontline.support.StarterPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static io.frontline.support.RunningService.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAPI document, the examples, rules status and metrics, against a real server. */
class ServedRoutesIT {
    static RunningService svc;

    @BeforeAll
    static void start() {
        svc = RunningService.start();
    }

    @AfterAll
    static void stop() {
        svc.close();
    }

    @Test
    void the_openapi_document_describes_exactly_the_routes_served() throws Exception {
        HttpResponse<String> r = svc.get("/openapi.yaml", "agent");
        assertEquals(200, r.statusCode());
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(r.body());
        assertEquals("3.1.0", doc.path("openapi").asText());
        Set<String> documented = new TreeSet<>();
        Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> p = paths.next();
            p.getValue().fieldNames().forEachRemaining(m -> {
                if (Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(m)) {
                    documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey());
                }
            });
        }
        io.vertx.core.Vertx vertx = io.vertx.core.Vertx.vertx();
        try {
            Set<String> served = HttpApi.describe(new HttpApi(null, null, io.frontline.detect.IntelLists.EMPTY, io.frontline.decide.DecisionLog.NONE, null, null, null, null,
                    new io.micrometer.prometheusmetrics.PrometheusMeterRegistry(io.micrometer.prometheusmetrics.PrometheusConfig.DEFAULT), 1024, 1, 1, 1, 1).router(vertx));
            assertEquals(served, documented);
        } finally {
            vertx.close();
        }
        // every $ref resolves
        for (String ref : refs(doc)) {
            assertTrue(!doc.at(ref.substring(1)).isMissingNode(), "dangling " + ref);
        }
    }

    @Test
    void every_example_in_examples_is_answered_with_a_decision() throws Exception {
        List<Path> examples;
        try (Stream<Path> s = Files.list(StarterPolicy.ROOT.resolve("examples"))) {
            examples = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(examples.size() >= 4);
        for (Path example : examples) {
            String name = example.getFileName().toString();
            boolean tx = name.startsWith("transaction-");
            assertTrue(tx || name.startsWith("contact-"), name + " must start with transaction- or contact-");
            HttpResponse<String> r = svc.postJson(tx ? "/v1/transactions/decide" : "/v1/contacts/decide",
                    tx ? "payment-system" : "agent", Files.readString(example));
            assertEquals(200, r.statusCode(), name + ": " + r.body());
            JsonNode d = json(r);
            assertTrue(d.path("decisionId").asText().startsWith("dcs-"), name);
            assertTrue(d.path("ruleset").asText().startsWith("rs-"), name);
            assertTrue(d.has("outcome") && d.has("reasons") && d.has("signals") && d.has("actions"), name);
        }
    }

    @Test
    void the_rules_endpoint_shows_the_version_and_files_in_force() {
        JsonNode rules = json(svc.get("/v1/rules", "policy"));
        assertTrue(rules.path("version").asText().startsWith("rs-"));
        assertTrue(rules.path("rules").asInt() > 40);
        List<String> files = java.util.stream.StreamSupport.stream(rules.path("files").spliterator(), false)
                .map(f -> f.path("path").asText()).toList();
        assertTrue(files.contains("rules/transactions.drl"), files.toString());
        assertTrue(files.contains("decision-tables/payment-thresholds.drl.xlsx"), files.toString());
    }

    @Test
    void metrics_count_decisions_rule_firings_latency_and_http_requests() throws Exception {
        svc.postJson("/v1/transactions/decide", "payment-system",
                Files.readString(StarterPolicy.ROOT.resolve("examples/transaction-elderly-donation.json"))
                        .replace("tx-1001", "tx-metrics-1"));
        String metrics = svc.get("/metrics", "admin").body();
        assertTrue(metrics.contains("frontline_decisions_total{outcome=\"block-payment\",subject=\"transaction\"}"),
                metrics);
        assertTrue(metrics.contains("frontline_rule_firings_total{rule=\"Large donation by a customer aged 70-79"));
        assertTrue(metrics.contains("frontline_decision_latency_seconds_bucket{subject=\"transaction\""));
        assertTrue(metrics.contains("vertx_http_server_requests_total"), "HTTP metrics");
    }

    private static List<String> refs(JsonNode node) {
        List<String> out = new java.util.ArrayList<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) {
                    out.add(e.getValue().asText());
                } else {
                    out.addAll(refs(e.getValue()));
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> out.addAll(refs(n)));
        }
        return out;
    }

}
