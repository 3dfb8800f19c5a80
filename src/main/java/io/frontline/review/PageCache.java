package io.frontline.review;

import com.sun.jna.Native;
import com.sun.jna.Platform;

import java.nio.file.Path;

/**
 * Tells the kernel that a file's cached pages are no longer needed ({@code posix_fadvise(POSIX_FADV_DONTNEED)}),
 * so that it frees those already on disk. Best effort: where the call is not to be had (a platform other than
 * Linux, no native access), it does nothing, and the pages stay cached until the kernel needs the memory.
 */
final class PageCache {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PageCache.class);
    private static final int O_RDONLY = 0;
    /** Linux's value on every architecture frontline is built for (s390x, which differs, excluded below). */
    private static final int POSIX_FADV_DONTNEED = 4;
    private static final boolean AVAILABLE = link();

    private PageCache() {}

    /** Whether dropping pages does anything here. */
    static boolean available() {
        return AVAILABLE;
    }

    /**
     * Asks the kernel to drop the cached pages of {@code file} from {@code offset} for {@code length} bytes
     * ({@code 0}: to the end). Dirty pages are not dropped, only clean ones: call it for what was synced.
     *
     * @return whether the kernel took the advice
     */
    static boolean drop(Path file, long offset, long length) {
        if (!AVAILABLE) {
            return false;
        }
        int fd = open(file.toString(), O_RDONLY);
        if (fd < 0) {
            return false;
        }
        try {
            return posix_fadvise(fd, offset, length, POSIX_FADV_DONTNEED) == 0;
        } finally {
            close(fd);
        }
    }

    private static boolean link() {
        if (!Platform.isLinux() || "s390x".equals(Platform.ARCH)) {
            return false;
        }
        try {
            Native.register(PageCache.class, Platform.C_LIBRARY_NAME);
            return true;
        } catch (LinkageError | RuntimeException e) {
            log.info("review log: the page cache cannot be advised here ({}); synced pages stay cached", e.toString());
            return false;
        }
    }

    private static native int open(String path, int flags);

    private static native int posix_fadvise(int fd, long offset, long length, int advice);

    private static native int close(int fd);
}
