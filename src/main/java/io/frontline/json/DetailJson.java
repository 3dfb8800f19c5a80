package io.frontline.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.domain.WireEnum;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes the evidence of a reason or the detail of a signal: maps of texts, numbers, flags, lists and maps. The
 * values detectors and rules put there are written by hand, in the spellings {@link Json#MAPPER} gives them
 * (plain decimals and wire enums as strings); anything else goes through the mapper.
 */
final class DetailJson {
    private DetailJson() {}

    /** As answered. */
    static void write(JsonGenerator g, Object value) throws IOException {
        write(g, value, false);
    }

    /**
     * With every caller number masked: a {@code number} anywhere, and the {@code value} of a
     * {@code block-numbers} list entry.
     */
    static void writeMasked(JsonGenerator g, Object value) throws IOException {
        write(g, value, true);
    }

    // final classes first: checking them is one compare, while each check against an interface (Map,
    // Collection, WireEnum) searches the value's supertypes, a cost that grows when threads share the class
    private static void write(JsonGenerator g, Object value, boolean mask) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String text) {
            g.writeString(text);
        } else if (value instanceof Integer || value instanceof Long) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Double d) {
            g.writeNumber(d);
        } else if (value instanceof BigDecimal d) {
            g.writeString(d.toPlainString());
        } else if (value instanceof Map<?, ?> map) {
            writeMap(g, map, mask);
        } else if (value instanceof List<?> items) {
            g.writeStartArray();
            for (int i = 0, n = items.size(); i < n; i++) {
                write(g, items.get(i), mask);
            }
            g.writeEndArray();
        } else if (value instanceof Collection<?> items) {
            g.writeStartArray();
            for (Object item : items) {
                write(g, item, mask);
            }
            g.writeEndArray();
        } else if (value instanceof Short || value instanceof Byte) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof Float f) {
            g.writeNumber(f);
        } else if (value instanceof WireEnum w) {
            g.writeString(w.wire());
        } else if (mask && !(value instanceof CharSequence || value instanceof Number
                || value instanceof java.time.temporal.TemporalAccessor)) {
            // an object or an array: as its JSON tree, every number in it masked
            JsonNode tree = Json.MAPPER.valueToTree(value);
            maskTree(tree);
            g.writeTree(tree);
        } else {
            g.writeObject(value);
        }
    }

    private static void writeMap(JsonGenerator g, Map<?, ?> map, boolean mask) throws IOException {
        boolean blockList = mask && "block-numbers".equals(map.get("list"));
        g.writeStartObject();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            g.writeFieldName(key);
            Object value = e.getValue();
            if (mask && value instanceof String text && ("number".equals(key) || blockList && "value".equals(key))) {
                g.writeString(ReviewRecord.maskNumber(text));
            } else {
                write(g, value, mask);
            }
        }
        g.writeEndObject();
    }

    /** Masks every {@code number} and block-list {@code value} in a JSON tree. */
    private static void maskTree(JsonNode node) {
        if (node instanceof ObjectNode o) {
            boolean blockList = "block-numbers".equals(o.path("list").asText());
            o.fields().forEachRemaining(e -> {
                if (e.getValue().isTextual() && ("number".equals(e.getKey()) || blockList && "value".equals(e.getKey()))) {
                    e.setValue(o.textNode(ReviewRecord.maskNumber(e.getValue().asText())));
                } else {
                    maskTree(e.getValue());
                }
            });
        } else if (node != null && node.isArray()) {
            node.forEach(DetailJson::maskTree);
        }
    }
}
