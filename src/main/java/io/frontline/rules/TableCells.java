package io.frontline.rules;

import io.frontline.detect.CsvLines;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a problem in DRL generated from a spreadsheet back to the cell that caused it. The converter writes
 * {@code // rule values at A11, header at A6} before every rule; that gives the row, and the cell in that
 * row whose value appears in the failing expression gives the column.
 */
final class TableCells {
    private static final Pattern MARK = Pattern.compile("//\\s*rule values at ([A-Z]+)([0-9]+)");
    private static final Pattern CELL = Pattern.compile("\\b(?:cell|at)\\s*\\[?([A-Z]{1,3}[0-9]{1,7})\\]?");
    private static final Pattern EXPRESSION = Pattern.compile("Unable to (?:Analyse|analyze) Expression (.+?):?\\s*$",
            Pattern.MULTILINE);

    private TableCells() {}

    /**
     * A spreadsheet table: its name, raw bytes, whether it is CSV, and the DRL it converted to. Its DRL lines and
     * cells are split once, when first asked for, however many problems a compile finds in it.
     */
    static final class Table {
        private final String name;
        private final byte[] bytes;
        private final boolean csv;
        private final String drl;
        private String[] drlLines;
        /** Per sheet (a CSV is one), the rows by number; null for a row the sheet lacks. */
        private List<List<List<String>>> sheets;

        Table(String name, byte[] bytes, boolean csv, String drl) {
            this.name = name;
            this.bytes = bytes;
            this.csv = csv;
            this.drl = drl;
        }

        String name() {
            return name;
        }

        String drl() {
            return drl;
        }

        synchronized String[] drlLines() {
            if (drlLines == null) {
                drlLines = drl.split("\n", -1);
            }
            return drlLines;
        }

        /** The cells of a 1-based row of the table (of its first sheet that has the row); empty if none. */
        synchronized List<String> row(int row) {
            if (sheets == null) {
                sheets = csv ? List.of(csvRows(bytes)) : sheetRows(bytes);
            }
            for (List<List<String>> rows : sheets) {
                if (row >= 1 && row - 1 < rows.size() && rows.get(row - 1) != null) {
                    return rows.get(row - 1);
                }
            }
            return List.of();
        }
    }

    /** The cell behind a problem at a 1-based line of a table's generated DRL (line 0: find it from the message). */
    static String locate(Table table, int line, String message) {
        String[] lines = table.drlLines();
        String expression = expression(message);
        if (line <= 0 && expression != null) {
            Pattern whole = Pattern.compile(Pattern.quote(expression) + "(?![A-Za-z0-9_])");
            for (int i = 0; i < lines.length; i++) {
                if (whole.matcher(lines[i]).find()) {
                    line = i + 1;
                    break;
                }
            }
        }
        int row = 0;
        String firstColumn = null;
        for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
            Matcher m = MARK.matcher(lines[i]);
            if (m.find()) {
                firstColumn = m.group(1);
                row = Integer.parseInt(m.group(2));
                break;
            }
        }
        if (row == 0) {
            return null;
        }
        String culprit = expression != null ? expression : message;
        List<String> cells = table.row(row);
        int best = -1;
        for (int c = 0; c < cells.size(); c++) {
            String v = cells.get(c).strip();
            if (!v.isEmpty() && culprit.contains(v) && (best < 0 || v.length() > cells.get(best).strip().length())) {
                best = c;
            }
        }
        return best < 0 ? firstColumn + row : CellReference.convertNumToColString(best) + row;
    }

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");

    /** The rules of a table's generated DRL, each with the row its values come from. */
    static List<io.frontline.decide.TableDrl.TableRule> rules(String drl) {
        List<io.frontline.decide.TableDrl.TableRule> out = new ArrayList<>();
        String[] lines = drl.split("\n", -1);
        String cell = null;
        for (int i = 0; i < lines.length; i++) {
            Matcher mark = MARK.matcher(lines[i]);
            if (mark.find()) {
                cell = mark.group(1) + mark.group(2);
            }
            Matcher rule = RULE.matcher(lines[i]);
            if (rule.find()) {
                out.add(new io.frontline.decide.TableDrl.TableRule(rule.group(1), i + 1, row(cell), cell));
                cell = null;
            }
        }
        return out;
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

    private static String expression(String message) {
        if (message == null) {
            return null;
        }
        Matcher m = EXPRESSION.matcher(message);
        return m.find() ? m.group(1).strip() : null;
    }

    private static List<List<String>> csvRows(byte[] bytes) {
        List<List<String>> out = new ArrayList<>();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\r?\n", -1)) {
            out.add(CsvLines.split(line));
        }
        return out;
    }

    /** Every sheet's rows by number (null for a missing row), as the cells show them. */
    private static List<List<List<String>>> sheetRows(byte[] bytes) {
        List<List<List<String>>> out = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            DataFormatter format = new DataFormatter();
            for (Sheet sheet : wb) {
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    if (row == null) {
                        rows.add(null);
                        continue;
                    }
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : format.formatCellValue(cell));
                    }
                    rows.add(cells);
                }
                out.add(rows);
            }
        } catch (IOException | RuntimeException e) {
            return out;
        }
        return out;
    }
}
