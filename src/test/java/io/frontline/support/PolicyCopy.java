package io.frontline.support;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A throwaway copy of the starter policy that a test may break. */
public final class PolicyCopy {
    public final Path root;
    public final Path rules;
    public final Path tables;
    public final Path scenarios;
    public final Path intel;

    private PolicyCopy(Path root) {
        this.root = root;
        this.rules = root.resolve("rules");
        this.tables = root.resolve("decision-tables");
        this.scenarios = root.resolve("scenarios");
        this.intel = root.resolve("intel");
    }

    /** Config overrides that point a service at this copy: rules, tables, scenarios and intel. */
    public java.util.Map<String, String> paths() {
        return java.util.Map.of("paths.rules", rules.toString(), "paths.tables", tables.toString(),
                "paths.scenarios", scenarios.toString(), "paths.intel", intel.toString());
    }

    public static PolicyCopy create() {
        try {
            Path root = Files.createTempDirectory("policy-copy");
            copyTree(StarterPolicy.RULES, root.resolve("rules"));
            copyTree(StarterPolicy.TABLES, root.resolve("decision-tables"));
            copyTree(StarterPolicy.SCENARIOS, root.resolve("scenarios"));
            copyTree(StarterPolicy.INTEL, root.resolve("intel"));
            return new PolicyCopy(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(String relative, String content) {
        try {
            Files.createDirectories(root.resolve(relative).getParent());
            Files.writeString(root.resolve(relative), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets one cell (A1 notation) of the first sheet of a spreadsheet in the copy. */
    public void setCell(String relative, String cellRef, String value) {
        Path file = root.resolve(relative);
        org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(cellRef);
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
            Cell cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
            cell.setCellValue(value);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
