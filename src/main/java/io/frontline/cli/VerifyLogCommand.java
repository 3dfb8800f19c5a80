package io.frontline.cli;

import io.frontline.review.ChainBroken;
import io.frontline.review.FileReviewLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

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
        Path file = FileReviewLog.file(data.resolve(DIR));
        if (!Files.exists(file)) {
            out.println("no review log at " + file);
            return 2;
        }
        Optional<ChainBroken> broken = FileReviewLog.verify(file);
        if (broken.isPresent()) {
            out.println("review log " + file + " is broken at line " + broken.get().line() + ": "
                    + broken.get().reason());
            return 1;
        }
        out.println("review log " + file + ": " + lines(file) + " entries, every link of the chain intact");
        return 0;
    }

    private static long lines(Path file) {
        try (Stream<String> s = Files.lines(file)) {
            return s.count();
        } catch (IOException e) {
            return -1;
        }
    }
}
