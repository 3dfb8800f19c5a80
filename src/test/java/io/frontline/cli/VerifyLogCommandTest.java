package io.frontline.cli;

import io.frontline.review.FileReviewLog;
import io.frontline.support.ReviewLogFiles;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code frontline verify-log}: an intact log passes; an altered entry is reported at its line. */
class VerifyLogCommandTest {

    @Test
    void an_altered_entry_fails_the_check_naming_its_line() throws Exception {
        Path data = Files.createTempDirectory("data");
        try (FileReviewLog log = FileReviewLog.open(data.resolve(VerifyLogCommand.DIR), FileReviewLog.Durability.STRICT,
                Duration.ofMillis(5))) {
            for (int i = 0; i < 5; i++) {
                log.append("decision", "{\"outcome\":\"allow\",\"n\":" + i + "}").join();
            }
        }
        assertEquals(0, run(data).code);
        Path file = ReviewLogFiles.firstSegment(data.resolve(VerifyLogCommand.DIR));
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(2, lines.get(2).replace("allow", "block-payment"));
        Files.write(file, lines);
        Run broken = run(data);
        assertEquals(1, broken.code);
        assertTrue(broken.output.contains("at line 3"), broken.output);
    }

    private record Run(int code, String output) {}

    private static Run run(Path data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        VerifyLogCommand cmd = new VerifyLogCommand();
        new CommandLine(cmd).parseArgs("--data", data.toString());
        int code = cmd.verify(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(code, bytes.toString(StandardCharsets.UTF_8));
    }
}
