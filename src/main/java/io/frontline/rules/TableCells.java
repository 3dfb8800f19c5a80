package io.frontline.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a line of DRL generated from a spreadsheet back to the spreadsheet cell that produced it. The
 * converter writes {@code // rule values at A11, header at A6} before every rule it generates.
 */
final class TableCells {
    private static final Pattern MARK = Pattern.compile("//\\s*rule values at ([A-Z]+[0-9]+)");
    private static final Pattern CELL = Pattern.compile("\\b(?:cell|at)\\s*\\[?([A-Z]{1,3}[0-9]{1,7})\\]?");

    private TableCells() {}

    /** The cell of the rule row around a 1-based line of generated DRL, or null. */
    static String cellForLine(String generatedDrl, int line) {
        String[] lines = generatedDrl.split("\n", -1);
        for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
            Matcher m = MARK.matcher(lines[i]);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** A cell reference mentioned in a converter error message, or null. */
    static String cellInMessage(String message) {
        if (message == null) {
            return null;
        }
        Matcher m = CELL.matcher(message);
        return m.find() ? m.group(1) : null;
    }

    /** The 1-based row number of a cell reference such as {@code B12}. */
    static int row(String cell) {
        return cell == null ? 0 : Integer.parseInt(cell.replaceAll("[A-Z]", ""));
    }
}
