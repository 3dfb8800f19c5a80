package io.frontline.bench;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP load from one client event loop over a fixed number of keep-alive connections, in two shapes: closed
 * loops (each connection sends the next request as soon as the last is answered: the most the server can take)
 * and a constant rate (requests due at fixed intervals whether or not earlier ones were answered; latency is
 * counted from when a request was due, so a stalled server is charged for every request it held up).
 */
final class HttpLoad implements AutoCloseable {
    /** One request to send: its path, bearer key (or null) and body. */
    record Request(String path, String key, String body) {}

    /** What a phase measured. */
    record Result(double perSecond, Histogram latency, long failures) {
        double millis(double percentile) {
            return latency.getValueAtPercentile(percentile) / 1e6;
        }
    }

    /** Told as the measured part of a phase begins and ends: to read a server's CPU time alongside. */
    interface Watch {
        Watch NONE = new Watch() {
            @Override
            public void begin() {}

            @Override
            public void end() {}
        };

        void begin();

        void end();
    }

    /** Makes the {@code n}th request of a phase. */
    interface Requests {
        Request next(long n);
    }

    private final HttpClientAgent client;
    private final Context context;
    private final int connections;
    private final AtomicLong ids = new AtomicLong();

    HttpLoad(Vertx vertx, int connections) {
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(connections).setMaxWaitQueueSize(-1));
        this.context = vertx.getOrCreateContext();
        this.connections = connections;
    }

    /** Closed loops for {@code warmup} seconds, then measured for {@code measure}. */
    Result closedLoop(int port, Requests requests, int warmup, int measure) throws InterruptedException {
        return closedLoop(port, requests, warmup, measure, Watch.NONE);
    }

    /** {@link #closedLoop(int, Requests, int, int)}, telling {@code watch} when the measured part begins and ends. */
    Result closedLoop(int port, Requests requests, int warmup, int measure, Watch watch) throws InterruptedException {
        Recorder latency = new Recorder(3);
        AtomicLong failures = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch stopped = new CountDownLatch(connections);
        for (int c = 0; c < connections; c++) {
            context.runOnContext(v -> loop(port, requests, latency, failures, stop, stopped));
        }
        return measure(latency, failures, warmup, measure, watch, () -> {
            stop.set(true);
            await(stopped);
        });
    }

    /**
     * {@code rate} requests per second for {@code warmup} seconds, then measured for {@code measure}. A pacing
     * thread sleeps until each request is due and hands what is due to the client's event loop, so a request
     * leaves within the sleep's slack (tens of microseconds) of its time, not at the next tick of a millisecond
     * timer; latency is still counted from when it was due.
     */
    Result constantRate(int port, Requests requests, double rate, int warmup, int measure) throws InterruptedException {
        Recorder latency = new Recorder(3);
        AtomicLong failures = new AtomicLong();
        AtomicLong outstanding = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        long start = System.nanoTime();
        double interval = 1e9 / rate;
        Thread pacer = new Thread(() -> {
            long handed = 0;
            while (!stop.get()) {
                long due = (long) ((System.nanoTime() - start) / interval) + 1;
                if (due > handed) {
                    long from = handed;
                    long to = due;
                    handed = due;
                    outstanding.addAndGet(to - from);
                    context.runOnContext(v -> {
                        for (long n = from; n < to; n++) {
                            long intended = start + (long) (n * interval);
                            send(port, requests.next(ids.incrementAndGet()), intended, latency, failures,
                                    outstanding::decrementAndGet);
                        }
                    });
                }
                long next = start + (long) (handed * interval);
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
            }
        }, "load-pacer");
        pacer.setDaemon(true);
        pacer.start();
        return measure(latency, failures, warmup, measure, Watch.NONE, () -> {
            stop.set(true);
            pacer.join();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (outstanding.get() > 0 && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
        });
    }

    private interface Stop {
        void run() throws InterruptedException;
    }

    private static Result measure(Recorder latency, AtomicLong failures, int warmup, int measure, Watch watch,
                                  Stop stop) throws InterruptedException {
        Thread.sleep(warmup * 1000L);
        latency.reset();
        failures.set(0);
        long begin = System.nanoTime();
        watch.begin();
        Thread.sleep(measure * 1000L);
        Histogram h = latency.getIntervalHistogram();
        double seconds = (System.nanoTime() - begin) / 1e9;
        watch.end();
        long failed = failures.get();
        stop.run();
        return new Result(h.getTotalCount() / seconds, h, failed);
    }

    private void loop(int port, Requests requests, Recorder latency, AtomicLong failures, AtomicBoolean stop,
                      CountDownLatch stopped) {
        if (stop.get()) {
            stopped.countDown();
            return;
        }
        send(port, requests.next(ids.incrementAndGet()), System.nanoTime(), latency, failures,
                () -> loop(port, requests, latency, failures, stop, stopped));
    }

    private void send(int port, Request r, long since, Recorder latency, AtomicLong failures, Runnable then) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setHost("127.0.0.1").setPort(port)
                .setURI(r.path()).putHeader("Content-Type", "application/json").setIdleTimeout(30_000);
        if (r.key() != null) {
            options.putHeader("Authorization", "Bearer " + r.key());
        }
        client.request(options)
                .compose(request -> request.send(Buffer.buffer(r.body())))
                .compose(response -> response.body().map(b -> response.statusCode()))
                .onComplete(done -> {
                    if (done.succeeded() && done.result() == 200) {
                        latency.recordValue(System.nanoTime() - since);
                    } else if (failures.getAndIncrement() == 0) {
                        System.out.println("  first failure: " + (done.succeeded() ? "status " + done.result()
                                : done.cause()));
                    }
                    then.run();
                });
    }

    private static void await(CountDownLatch stopped) throws InterruptedException {
        if (!stopped.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("requests still outstanding 30 s after the phase ended");
        }
    }

    /** Every scenario request in turn, as frontline takes it. */
    static Requests of(List<ScenarioRequests.Template> templates, int accounts) {
        return n -> {
            ScenarioRequests.Template t = templates.get((int) (n % templates.size()));
            return new Request(t.path(), t.key(), t.body(n, accounts));
        };
    }

    @Override
    public void close() {
        client.close().await();
    }
}
