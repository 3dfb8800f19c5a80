package io.frontline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The machine a benchmark ran on, as {@code BENCHMARKS.md} describes it: read from {@code /proc} and the JVM. */
record Machine(String cpu, int cores, String memory, String os, String jdk, String jvmOptions) {

    static Machine here() {
        return new Machine(firstValue(Path.of("/proc/cpuinfo"), "model name"),
                Runtime.getRuntime().availableProcessors(), totalMemory(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                String.join(" ", ServedProcess.jvmOptions()));
    }

    private static String totalMemory() {
        String kb = firstValue(Path.of("/proc/meminfo"), "MemTotal").replace("kB", "").trim();
        try {
            return String.format(Locale.ROOT, "%.1f GB", Long.parseLong(kb) / 1024.0 / 1024.0);
        } catch (NumberFormatException e) {
            return "unknown";
        }
    }

    /** The value of the first {@code key: value} line of a {@code /proc} file with that key. */
    private static String firstValue(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (String line : lines) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equals(key)) {
                    return line.substring(colon + 1).trim();
                }
            }
        } catch (IOException e) {
            // not Linux: reported as unknown
        }
        return "unknown";
    }
}
