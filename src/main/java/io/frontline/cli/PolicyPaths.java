package io.frontline.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options naming where a policy's rules, tables and intel are, shared by the commands that read one. */
public final class PolicyPaths {
    @Option(names = "--rules", description = "DRL directory (default: ${DEFAULT-VALUE})", defaultValue = "rules")
    Path rules;

    @Option(names = "--tables", description = "decision-table directory (default: ${DEFAULT-VALUE})",
            defaultValue = "decision-tables")
    Path tables;

    @Option(names = "--intel", description = "intel data directory (default: ${DEFAULT-VALUE})", defaultValue = "intel")
    Path intel;
}
