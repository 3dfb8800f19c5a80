package io.frontline.decide;

/**
 * Something wrong with a policy file, precise enough for policy staff to fix: the file, the line (for DRL
 * and CSV tables) or the cell (for spreadsheets), and what is wrong.
 *
 * @param file     path relative to the policy root, e.g. {@code rules/transactions.drl}
 * @param line     1-based line, or 0 when not known
 * @param cell     spreadsheet cell such as {@code B12}, or null
 * @param severity {@code error} (blocks the ruleset) or {@code warning}
 * @param message  what is wrong
 */
public record RuleProblem(String file, int line, String cell, String severity, String message) {
    public static RuleProblem error(String file, int line, String cell, String message) {
        return new RuleProblem(file, line, cell, "error", message);
    }

    public boolean isError() {
        return "error".equals(severity);
    }

    /** {@code file:line[ cell]: message}, the way compilers print it. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
        }
        if (cell != null) {
            s.append(" (cell ").append(cell).append(')');
        }
        return s.append(": ").append(severity).append(": ").append(message).toString();
    }
}
