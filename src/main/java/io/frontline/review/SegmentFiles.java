package io.frontline.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files of the review log directory: segments named {@code review-<first sequence number>.log}, and
 * {@code purges}, one line {@code seq hash} per purge — the {@link Anchor}s the kept log begins at.
 */
final class SegmentFiles {
    private static final Pattern NAME = Pattern.compile("review-(\\d{20})\\.log");
    private static final String PURGES = "purges";
    /** The single file of logs written before the log was split into segments. */
    private static final String UNSPLIT = "review.log";

    private SegmentFiles() {}

    static Path name(Path dir, long firstSeq) {
        return dir.resolve(String.format("review-%020d.log", firstSeq));
    }

    /** Takes a log written before segments as the first segment. */
    static void migrate(Path dir) throws IOException {
        List<Segment> segments = list(dir);
        if (segments.size() == 1 && segments.get(0).file().getFileName().toString().equals(UNSPLIT)) {
            Files.move(dir.resolve(UNSPLIT), name(dir, 1));
        }
    }

    /** The segments in order; a log written before segments is the first (until it is renamed at open). */
    static List<Segment> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Segment> out = new ArrayList<>();
            for (Path f : files.toList()) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (m.matches()) {
                    out.add(new Segment(f, Long.parseLong(m.group(1))));
                }
            }
            out.sort(Comparator.comparingLong(Segment::firstSeq));
            if (out.isEmpty() && Files.exists(dir.resolve(UNSPLIT))) {
                out.add(new Segment(dir.resolve(UNSPLIT), 1));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the review log in " + dir, e);
        }
    }

    static List<Anchor> anchors(Path dir) {
        Path file = dir.resolve(PURGES);
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<Anchor> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                String[] parts = line.strip().split(" ");
                if (parts.length == 2 && parts[0].matches("\\d{1,18}")) {
                    out.add(new Anchor(Long.parseLong(parts[0]), parts[1]));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Adds an anchor, synced, before the segments it stands for are deleted. */
    static void addAnchor(Path dir, Anchor anchor) {
        Path file = dir.resolve(PURGES);
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            out.write(java.nio.ByteBuffer.wrap((anchor.seq() + " " + anchor.hash() + "\n")
                    .getBytes(StandardCharsets.US_ASCII)));
            out.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Makes a created or deleted file's name durable (best effort where directories cannot be synced). */
    static void syncDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not every file system lets a directory be synced; the files themselves are
        }
    }
}
