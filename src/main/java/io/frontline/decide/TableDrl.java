package io.frontline.decide;

import java.util.List;

/**
 * What a spreadsheet table means: the DRL it converts to, and for each rule in it the row it comes from.
 *
 * @param file the table's path under the policy directories
 */
public record TableDrl(String file, String drl, List<TableRule> rules) {
    public TableDrl {
        rules = List.copyOf(rules);
    }

    /**
     * One rule of a table.
     *
     * @param line the line of its {@code rule} declaration in the DRL, from 1
     * @param cell the first cell of its row, e.g. {@code A11}
     */
    public record TableRule(String name, int line, int row, String cell) {}
}
