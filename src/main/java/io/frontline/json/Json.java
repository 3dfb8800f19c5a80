package io.frontline.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.frontline.domain.WireEnum;

import java.io.IOException;
import java.math.BigDecimal;

/** frontline's one JSON configuration: strict parsing with explicit limits. */
public final class Json {
    /** Deepest nesting a request may have; the API's deepest object is three levels. */
    public static final int MAX_NESTING = 16;

    public static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING)
                            .maxNumberLength(64)
                            .maxStringLength(1_000_000)
                            .build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .addModule(new SimpleModule("frontline")
                    .addSerializer(BigDecimal.class, new StdSerializer<>(BigDecimal.class) {
                        @Override
                        public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider)
                                throws IOException {
                            gen.writeString(value.toPlainString());
                        }
                    })
                    .addSerializer(WireEnum.class, new StdSerializer<>(WireEnum.class) {
                        @Override
                        public void serialize(WireEnum value, JsonGenerator gen, SerializerProvider provider)
                                throws IOException {
                            gen.writeString(value.wire());
                        }
                    }))
            .build();

    private Json() {}

    /** Parses a request body that must be one JSON object. */
    public static JsonNode parseObject(byte[] body) {
        JsonNode node = parse(body);
        if (!node.isObject()) {
            throw new MalformedJsonException("the body must be a JSON object, not " + node.getNodeType()
                    .name().toLowerCase(java.util.Locale.ROOT));
        }
        return node;
    }

    /** Parses a request body that must be JSON (an object or an array). */
    public static JsonNode parse(byte[] body) {
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new MalformedJsonException(describe(e));
        } catch (IOException e) {
            throw new MalformedJsonException("the body could not be read as JSON");
        }
        if (node == null || node.isMissingNode()) {
            throw new MalformedJsonException("the body is empty");
        }
        if (!node.isObject() && !node.isArray()) {
            throw new MalformedJsonException("the body must be a JSON object or array, not " + node.getNodeType()
                    .name().toLowerCase(java.util.Locale.ROOT));
        }
        return node;
    }

    /** Parses JSON frontline wrote itself (a review-log record); a failure is a broken log, not a bad request. */
    public static JsonNode readLogged(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON record: " + e.getOriginalMessage(), e);
        }
    }

    private static String describe(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "invalid JSON" : e.getOriginalMessage();
        if (original.contains("Invalid UTF-8")) {
            return "the body is not valid UTF-8";
        }
        if (original.contains("nesting depth")) {
            return "the body is nested deeper than " + MAX_NESTING + " levels";
        }
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
        String firstLine = original.lines().findFirst().orElse("invalid JSON");
        if (firstLine.length() > 160) {
            firstLine = firstLine.substring(0, 160) + "…";
        }
        return firstLine + where;
    }

}
