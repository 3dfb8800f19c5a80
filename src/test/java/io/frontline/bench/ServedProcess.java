package io.frontline.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A server a benchmark measures, started as a process of its own with the JVM options the README recommends
 * ({@code bin/jvm-options}), so that nothing of the load generator (its heap, its JIT profile) mixes into it.
 * Its CPU time is read from {@code /proc}, per group of threads.
 */
final class ServedProcess implements AutoCloseable {
    /** Linux's clock tick for the times in {@code /proc/<pid>/stat}. */
    private static final double TICK_MICROS = 10_000;
    private final Process process;
    private final int port;
    private final long readyMillis;

    private ServedProcess(Process process, int port, long readyMillis) {
        this.process = process;
        this.port = port;
        this.readyMillis = readyMillis;
    }

    /**
     * The recommended JVM options, followed by those of the system property {@code bench.jvm} (space-separated,
     * for a trial such as {@code -Xlog:gc}: later options win).
     */
    static List<String> jvmOptions() {
        try {
            List<String> options = new ArrayList<>(List.of(Files.readString(Path.of("bin/jvm-options")).trim().split("\\s+")));
            String extra = System.getProperty("bench.jvm", "").trim();
            if (!extra.isEmpty()) {
                options.addAll(List.of(extra.split("\\s+")));
            }
            return options;
        } catch (IOException e) {
            throw new UncheckedIOException("run benchmarks from the project's directory (bin/jvm-options)", e);
        }
    }

    /**
     * Starts {@code mainClass} with {@code args} on this process's class path and waits until it prints
     * {@code ready <port>}; what it logs goes to {@code log}.
     */
    static ServedProcess start(String mainClass, List<String> args, Path log) throws IOException {
        long started = System.nanoTime();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith("ready ")) {
                drain(out, Path.of(log + ".out"));
                return new ServedProcess(process, Integer.parseInt(line.substring(6).trim()),
                        (System.nanoTime() - started) / 1_000_000);
            }
        }
        throw new IOException(mainClass + " stopped before it was ready; see " + log);
    }

    /** Keeps reading what the process prints, so that it never blocks on a full pipe. */
    private static void drain(BufferedReader out, Path file) {
        Thread drain = new Thread(() -> {
            try (var to = Files.newBufferedWriter(file)) {
                for (String line; (line = out.readLine()) != null; ) {
                    to.write(line);
                    to.newLine();
                }
            } catch (IOException ended) {
                // the process is gone
            }
        }, "served-process-output");
        drain.setDaemon(true);
        drain.start();
    }

    int port() {
        return port;
    }

    /** CPU time so far, in microseconds: per thread group (names without their numbers) and in the kernel. */
    /** How long it took from starting the JVM to serving. */
    long readyMillis() {
        return readyMillis;
    }

    /**
     * The heap its live objects take, in MB: what a full collection leaves (asked for through {@code jcmd}, which
     * runs one). Call it only between measured phases.
     */
    double liveHeapMb() throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(process.pid()), "GC.class_histogram").redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        for (String line : out.split("\n")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length >= 3 && parts[0].equals("Total")) {
                return Long.parseLong(parts[2]) / 1024.0 / 1024.0;
            }
        }
        throw new IOException("jcmd printed no heap total: " + out.lines().limit(3).toList());
    }

    Cpu cpu() {
        Map<String, Double> groups = new TreeMap<>();
        double kernel = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(process.pid()), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException gone) {
                    continue; // the thread ended meanwhile
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                double user = Long.parseLong(fields[11]) * TICK_MICROS;
                double system = Long.parseLong(fields[12]) * TICK_MICROS;
                groups.merge(name.replaceAll("[0-9]+", "#"), user + system, Double::sum);
                kernel += system;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Cpu(groups, kernel);
    }

    /** Per-request CPU by thread group, as a benchmark prints it: {@code  event loops 88  GC 12 ...}. */
    static String describe(Map<String, Double> perRequest) {
        StringBuilder out = new StringBuilder();
        perRequest.forEach((group, micros) -> out.append(String.format("  %s %.0f", group, micros)));
        return out.toString();
    }

    /** CPU time of a process at one moment. */
    record Cpu(Map<String, Double> groups, double kernelMicros) {
        double totalMicros() {
            return groups.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        /** What was spent since {@code before}, per request; groups under 1 us per request left out. */
        Map<String, Double> perRequestSince(Cpu before, long requests) {
            Map<String, Double> out = new TreeMap<>();
            groups.forEach((group, micros) -> {
                double spent = (micros - before.groups.getOrDefault(group, 0.0)) / requests;
                if (spent >= 1) {
                    out.put(group, spent);
                }
            });
            out.put("(kernel, all threads)", (kernelMicros - before.kernelMicros) / requests);
            return out;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
