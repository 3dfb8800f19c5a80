package io.frontline.bench;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The ceiling for any JSON-over-HTTP service on this machine: a minimal Vert.x server, one verticle per core as
 * frontline runs, that parses each POSTed JSON body and answers it back as JSON. Prints {@code ready <port>}.
 */
public final class EchoServe {
    private static final AtomicInteger PORT = new AtomicInteger();

    private EchoServe() {}

    /** One instance; all listen on port 0, which Vert.x makes one free port shared by them. */
    private static final class Echo extends VerticleBase {
        @Override
        public Future<?> start() {
            return vertx.createHttpServer().requestHandler(Echo::echo).listen(0)
                    .onSuccess(server -> PORT.set(server.actualPort()));
        }

        private static void echo(HttpServerRequest request) {
            request.body().onSuccess(body -> request.response().putHeader("Content-Type", "application/json")
                    .end(body.toJsonObject().toBuffer()));
        }
    }

    public static void main(String[] args) {
        Vertx vertx = Vertx.vertx();
        try {
            vertx.deployVerticle(Echo::new,
                    new DeploymentOptions().setInstances(Runtime.getRuntime().availableProcessors())).await();
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.out.println("ready " + PORT.get());
        System.out.flush();
    }
}
