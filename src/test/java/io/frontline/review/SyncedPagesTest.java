package io.frontline.review;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyncedPagesTest {
    private record Advice(Path file, long offset, long length) {}

    private final List<Advice> advised = new ArrayList<>();
    private final SyncedPages pages = new SyncedPages((file, offset, length) -> advised.add(new Advice(file, offset, length)));
    private final Path a = Path.of("review-1.log");
    private final Path b = Path.of("review-2.log");

    @Test
    void the_newest_pages_stay_cached_and_whole_pages_before_them_are_dropped_once() {
        pages.synced(a, SyncedPages.KEEP_BYTES + SyncedPages.STEP_BYTES - 1);
        assertEquals(List.of(), advised, "less than a step beyond what is kept");
        pages.synced(a, SyncedPages.KEEP_BYTES + SyncedPages.STEP_BYTES + 5_000);
        pages.synced(a, SyncedPages.KEEP_BYTES + SyncedPages.STEP_BYTES + 6_000);
        assertEquals(List.of(new Advice(a, 0, SyncedPages.STEP_BYTES + 4096)), advised);
        pages.synced(a, SyncedPages.KEEP_BYTES + 3 * SyncedPages.STEP_BYTES);
        assertEquals(new Advice(a, SyncedPages.STEP_BYTES + 4096, 2 * SyncedPages.STEP_BYTES - 4096), advised.get(1),
                "goes on from where the last advice ended");
    }

    @Test
    void a_new_segment_is_counted_from_its_start_and_a_closed_one_is_dropped_whole() {
        pages.synced(a, 10 * SyncedPages.STEP_BYTES);
        pages.closed(a);
        pages.synced(b, SyncedPages.KEEP_BYTES + SyncedPages.STEP_BYTES);
        assertEquals(List.of(new Advice(a, 0, 10 * SyncedPages.STEP_BYTES - SyncedPages.KEEP_BYTES),
                new Advice(a, 0, 0), new Advice(b, 0, SyncedPages.STEP_BYTES)), advised);
    }

    @Test
    void the_kernel_frees_the_pages_of_a_synced_file_and_its_content_is_unchanged() throws Exception {
        Assumptions.assumeTrue(PageCache.available(), "posix_fadvise is Linux's");
        Path file = Files.createTempFile("synced-pages", ".log");
        byte[] content = new byte[4 << 20];
        Arrays.fill(content, (byte) 'x');
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
            out.write(ByteBuffer.wrap(content));
            out.force(false);
        }
        assertTrue(mapped(file).isLoaded(), "just written, its pages are cached");
        assertTrue(PageCache.drop(file, 0, 0));
        assertFalse(mapped(file).isLoaded(), "advised, the kernel let them go");
        assertArrayEquals(content, Files.readAllBytes(file));
        Files.delete(file);
    }

    private static MappedByteBuffer mapped(Path file) throws Exception {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            return in.map(FileChannel.MapMode.READ_ONLY, 0, in.size());
        }
    }
}
