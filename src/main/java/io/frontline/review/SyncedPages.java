package io.frontline.review;

import java.nio.file.Path;

/**
 * Gives the review log's synced pages back to the kernel. The log is written once and read rarely (a decision
 * looked up by id, a replay at start), so its pages need not stay cached once they are on disk. Left cached, every
 * line written takes memory the kernel has not used before, and on a virtual machine whose host reclaims free
 * memory that first use is what a line costs most; dropped, the next lines are written into the pages just
 * freed. The newest {@value #KEEP_BYTES} bytes stay cached for the lookups of recent decisions. Used by the
 * log's writer thread only.
 */
final class SyncedPages {
    static final long KEEP_BYTES = 256 << 10;
    /** Advice is given once this much more is synced, not on every sync. */
    static final long STEP_BYTES = 256 << 10;
    private static final long PAGE = 4096;

    /** What drops pages: {@link PageCache#drop}, or a stand-in in tests. */
    interface Dropper {
        boolean drop(Path file, long offset, long length);
    }

    private final Dropper dropper;
    private Path file;
    private long dropped;

    SyncedPages(Dropper dropper) {
        this.dropper = dropper;
    }

    static SyncedPages ofKernel() {
        return new SyncedPages(PageCache.available() ? PageCache::drop : (file, offset, length) -> false);
    }

    /** {@code file} is synced up to {@code size}: drops what of it is older than the newest pages kept. */
    void synced(Path file, long size) {
        if (!file.equals(this.file)) {
            this.file = file;
            this.dropped = 0;
        }
        long end = Math.max(0, size - KEEP_BYTES) / PAGE * PAGE;
        if (end - dropped >= STEP_BYTES) {
            dropper.drop(file, dropped, end - dropped);
            dropped = end;
        }
    }

    /** {@code file} is closed and synced: drops all of it. */
    void closed(Path file) {
        dropper.drop(file, 0, 0);
        if (file.equals(this.file)) {
            this.file = null;
        }
    }
}
