package io.frontline.cli;

import io.frontline.review.ChainBroken;
import io.frontline.review.LogReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** Checks the review log's hash chain and reports the first broken link. */
@Command(name = "verify-log", mixinStandardHelpOptions = true,
        description = "Check that no entry of the review log was changed, removed or reordered.")
public final class VerifyLogCommand implements Callable<Integer> {
    /** Where the review log lives inside the data directory. */
    public static final String DIR = io.frontline.Service.REVIEW_LOG_DIR;

    @Option(names = "--data", description = "data directory (default: ${DEFAULT-VALUE})", defaultValue = "data")
    Path data;

    @Override
    public Integer call() {
        return verify(System.out);
    }

    int verify(PrintStream out) {
        Path dir = data.resolve(DIR);
        if (LogReader.segments(dir).isEmpty()) {
            out.println("no review log in " + dir);
            return 2;
        }
        Optional<ChainBroken> broken = LogReader.verify(dir);
        if (broken.isPresent()) {
            out.println("review log " + dir + " is broken in " + broken.get().file() + " at line "
                    + broken.get().line() + ": " + broken.get().reason());
            return 1;
        }
        long[] entries = {0};
        io.frontline.review.LogEntry[] last = {null};
        LogReader.read(dir, e -> {
            entries[0]++;
            last[0] = e;
        });
        out.println("review log " + dir + ": " + entries[0] + " entries in " + LogReader.segments(dir).size()
                + " segment(s), every link of the chain intact");
        if (last[0] != null) {
            // the chain cannot show entries cut off its end: record the head elsewhere to compare later
            out.println("head: entry " + last[0].seq() + " " + last[0].hash());
        }
        return 0;
    }
}
