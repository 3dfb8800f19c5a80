package io.frontline.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.domain.WireEnum;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads typed fields out of a JSON object, collecting every problem instead of stopping at the first. */
final class Fields {
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,20}(\\.[0-9]{1,8})?");

    private final List<FieldError> errors = new ArrayList<>();

    List<FieldError> errors() {
        return errors;
    }

    void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** The object at {@code path}, or null (with an error when required or of the wrong type). */
    JsonNode object(JsonNode parent, String name, String path, boolean required) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            if (required) {
                error(path, "is required");
            }
            return null;
        }
        if (!n.isObject()) {
            error(path, "must be an object");
            return null;
        }
        return n;
    }

    String text(JsonNode parent, String name, String path, boolean required, int maxLength) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            if (required) {
                error(path, "is required");
            }
            return null;
        }
        if (!n.isTextual()) {
            error(path, "must be a string");
            return null;
        }
        String s = n.textValue();
        if (required && s.isBlank()) {
            error(path, "must not be blank");
            return null;
        }
        if (s.length() > maxLength) {
            error(path, "must be at most " + maxLength + " characters");
            return null;
        }
        if (hasControlCharacter(s)) {
            error(path, "must not contain control characters");
            return null;
        }
        return s;
    }

    /** An identifier: 1-128 printable characters, no spaces. */
    String id(JsonNode parent, String name, String path, boolean required) {
        String s = text(parent, name, path, required, 128);
        if (s != null && !allPrintable(s)) {
            error(path, "must be printable characters without spaces");
            return null;
        }
        return s;
    }

    /** Not a space, control, invisible format (zero-width, bidi) or unassigned character. */
    private static boolean printable(int c) {
        int type = Character.getType(c);
        return !Character.isWhitespace(c) && !Character.isSpaceChar(c) && type != Character.CONTROL
                && type != Character.FORMAT && type != Character.UNASSIGNED && type != Character.SURROGATE
                && type != Character.PRIVATE_USE;
    }

    /** Money: a decimal string in major units, within {@code (min, max]} or {@code [min, max]}. */
    BigDecimal money(JsonNode parent, String name, String path, boolean required, boolean allowZero,
                     BigDecimal max) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            if (required) {
                error(path, "is required");
            }
            return null;
        }
        if (!n.isTextual()) {
            error(path, "must be a decimal string in major units, like \"100.00\"");
            return null;
        }
        String s = n.textValue().strip();
        if (!DECIMAL.matcher(s).matches()) {
            error(path, "must be a decimal string in major units, like \"100.00\"");
            return null;
        }
        BigDecimal v = new BigDecimal(s);
        if (v.signum() < 0 || (!allowZero && v.signum() == 0)) {
            error(path, allowZero ? "must not be negative" : "must be greater than zero");
            return null;
        }
        if (v.compareTo(max) > 0) {
            error(path, "must be at most " + max.toPlainString());
            return null;
        }
        return v;
    }

    Integer integer(JsonNode parent, String name, String path, int min, int max) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            error(path, "must be a whole number");
            return null;
        }
        int v = n.intValue();
        if (v < min || v > max) {
            error(path, "must be between " + min + " and " + max);
            return null;
        }
        return v;
    }

    Boolean bool(JsonNode parent, String name, String path) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isBoolean()) {
            error(path, "must be true or false");
            return null;
        }
        return n.booleanValue();
    }

    <E extends Enum<E> & WireEnum> E enumeration(JsonNode parent, String name, String path, Class<E> type,
                                                 boolean required) {
        String s = text(parent, name, path, required, 64);
        if (s == null) {
            return null;
        }
        E e = WireEnum.parse(type, s).orElse(null);
        if (e == null) {
            error(path, "must be one of " + String.join(", ", WireEnum.spellings(type)));
        }
        return e;
    }

    /** An array of strings, each like {@link #text} and stripped; null when absent. */
    List<String> texts(JsonNode parent, String name, String path, int maxItems, int maxLength) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isArray()) {
            error(path, "must be an array of strings");
            return null;
        }
        if (n.size() > maxItems) {
            error(path, "must have at most " + maxItems + " items");
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            String s = text(n, i, path + "[" + i + "]", maxLength);
            if (s != null) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** An array of enumeration spellings; absent gives null. */
    <E extends Enum<E> & WireEnum> List<E> enumerations(JsonNode parent, String name, String path, Class<E> type) {
        List<String> spelled = texts(parent, name, path, type.getEnumConstants().length, 64);
        if (spelled == null) {
            return null;
        }
        List<E> out = new ArrayList<>();
        for (int i = 0; i < spelled.size(); i++) {
            E e = WireEnum.parse(type, spelled.get(i)).orElse(null);
            if (e == null) {
                error(path + "[" + i + "]", "must be one of " + String.join(", ", WireEnum.spellings(type)));
            } else if (!out.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }

    private String text(JsonNode array, int index, String path, int maxLength) {
        com.fasterxml.jackson.databind.node.ObjectNode holder = Json.MAPPER.createObjectNode();
        holder.set("item", array.get(index));
        return text(holder, "item", path, true, maxLength);
    }

    /** An ISO-8601 time with offset, between 2000 and 2100. */
    OffsetDateTime time(JsonNode parent, String name, String path) {
        String s = text(parent, name, path, false, 64);
        if (s == null) {
            return null;
        }
        OffsetDateTime t;
        try {
            t = OffsetDateTime.parse(s);
        } catch (DateTimeParseException e) {
            error(path, "must be an ISO-8601 time with offset, like 2026-11-22T10:05:00+08:00");
            return null;
        }
        if (t.getYear() < 2000 || t.getYear() > 2100) {
            error(path, "is out of range (years 2000-2100)");
            return null;
        }
        return t;
    }

    /** Whether the text holds a control character other than a line break or a tab. */
    private static boolean hasControlCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                return true;
            }
        }
        return false;
    }

    private static boolean allPrintable(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!printable(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }
}
