package io.frontline.http;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;

/** One event loop's HTTP server; frontline deploys one per configured instance, all on the same port. */
public final class HttpVerticle extends VerticleBase {
    private final HttpApi api;
    private final String host;
    private final int port;
    private HttpServer server;

    public HttpVerticle(HttpApi api, String host, int port) {
        this.api = api;
        this.host = host;
        this.port = port;
    }

    @Override
    public Future<?> start() {
        server = vertx.createHttpServer(new HttpServerOptions().setHost(host).setPort(port)
                .setCompressionSupported(false).setMaxHeaderSize(16 * 1024).setMaxInitialLineLength(8 * 1024));
        return server.requestHandler(api.router(vertx)).listen();
    }

    public int actualPort() {
        return server.actualPort();
    }
}
