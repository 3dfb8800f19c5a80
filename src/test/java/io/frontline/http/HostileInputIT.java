package io.frontline.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.json.Json;
import io.frontline.support.RunningService;
import io.frontline.support.StarterPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No input yields a 500 or a stack trace: thousands of mutated requests (truncated, bytes flipped, fields
 * swapped for other types, absurd values) all get a decision or a client error in the one error shape.
 */
class HostileInputIT {
    private static final String SPECIALS = "{}[]\",:\\ ";
    private static final Set<Integer> EXPECTED = Set.of(200, 400, 409, 413, 415, 422);
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
    void mutated_requests_never_cause_a_server_error() throws Exception {
        Random random = new Random(20261124);
        List<String> failures = new ArrayList<>();
        String[][] seeds = {
                {"/v1/transactions/decide", "payment-system", "examples/transaction-elderly-donation.json"},
                {"/v1/transactions/decide", "payment-system", "examples/transaction-groceries.json"},
                {"/v1/contacts/decide", "agent", "examples/contact-fake-link.json"},
                {"/v1/contacts/decide", "agent", "examples/contact-wants-human.json"}};
        int sent = 0;
        for (String[] seed : seeds) {
            byte[] original = Files.readAllBytes(StarterPolicy.ROOT.resolve(seed[2]));
            JsonNode tree = Json.MAPPER.readTree(original);
            for (int i = 0; i < 400; i++) {
                byte[] body = i % 2 == 0 ? mutateBytes(original, random) : mutateTree(tree, random);
                HttpResponse<String> r = svc.post(seed[0], seed[1], "application/json",
                        HttpRequest.BodyPublishers.ofByteArray(body));
                sent++;
                boolean shape = r.statusCode() == 200 || r.headers().firstValue("Content-Type").orElse("")
                        .equals("application/problem+json");
                if (!EXPECTED.contains(r.statusCode()) || !shape || r.body().contains("Exception")
                        || r.body().contains("\tat ")) {
                    failures.add(r.statusCode() + " for " + new String(body, StandardCharsets.UTF_8) + " -> " + r.body());
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + sent + " failed, e.g. " + failures.stream().limit(3).toList());
    }

    private static byte[] mutateBytes(byte[] original, Random random) {
        byte[] b = original.clone();
        switch (random.nextInt(4)) {
            case 0 -> {
                int n = 1 + random.nextInt(8);
                for (int k = 0; k < n; k++) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
                return b;
            }
            case 1 -> {
                byte[] cut = new byte[random.nextInt(b.length)];
                System.arraycopy(b, 0, cut, 0, cut.length);
                return cut;
            }
            case 2 -> {
                int at = random.nextInt(b.length);
                byte[] out = new byte[b.length + 1];
                System.arraycopy(b, 0, out, 0, at);
                out[at] = (byte) SPECIALS.charAt(random.nextInt(SPECIALS.length()));
                System.arraycopy(b, at, out, at + 1, b.length - at);
                return out;
            }
            default -> {
                return ("[" + new String(b, StandardCharsets.UTF_8) + "]").getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    private static byte[] mutateTree(JsonNode tree, Random random) {
        ObjectNode copy = tree.deepCopy();
        List<ObjectNode> objects = new ArrayList<>();
        collect(copy, objects);
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        List<String> names = new ArrayList<>();
        Iterator<String> it = target.fieldNames();
        it.forEachRemaining(names::add);
        if (names.isEmpty()) {
            return copy.toString().getBytes(StandardCharsets.UTF_8);
        }
        String field = names.get(random.nextInt(names.size()));
        switch (random.nextInt(12)) {
            case 0 -> target.remove(field);
            case 1 -> target.putNull(field);
            case 2 -> target.put(field, random.nextLong());
            case 3 -> target.put(field, "");
            case 4 -> target.put(field, "x".repeat(random.nextInt(30_000)));
            case 5 -> target.putArray(field).add(1).add("two");
            case 6 -> target.putObject(field).put("nested", true);
            case 7 -> target.put(field, 1e308);
            case 8 -> target.put(field, "-99999999999999999999999.999");
            case 9 -> target.put(field, "\uD83D\uDE00\u202E\u0000\uFFFF");
            case 10 -> target.put(field, "9999-99-99T99:99:99+99:00");
            default -> target.put(field, random.nextBoolean());
        }
        return copy.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void collect(JsonNode node, List<ObjectNode> out) {
        if (node instanceof ObjectNode o) {
            out.add(o);
            o.elements().forEachRemaining(c -> collect(c, out));
        }
    }
}
