package io.frontline.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.frontline.domain.Outcome;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DetailJsonTest {
    @Test
    void evidence_is_written_as_the_mapper_writes_it() throws Exception {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("text", "工商银行 \"quoted\" \\ line\u2028");
        evidence.put("int", 7);
        evidence.put("long", -9_000_000_000L);
        evidence.put("short", (short) 3);
        evidence.put("double", 0.1);
        evidence.put("float", 0.1f);
        evidence.put("amount", new BigDecimal("1E+5"));
        evidence.put("flag", true);
        evidence.put("outcome", Outcome.BLOCK_PAYMENT);
        evidence.put("none", null);
        evidence.put("list", List.of("a", 1, Map.of("k", false)));
        evidence.put("array", new int[] {1, 2});
        evidence.put("tokens", Arrays.asList("x", null));

        assertEquals(Json.MAPPER.writeValueAsString(evidence), written(evidence));
    }

    private static String written(Object value) throws Exception {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.MAPPER.createGenerator(out)) {
            DetailJson.write(g, value);
        }
        return out.toString();
    }
}
