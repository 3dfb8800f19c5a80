package io.frontline.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.Service;
import io.frontline.config.ConfigLoader;
import io.frontline.http.ApiKeyStore;
import io.frontline.json.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** A real frontline service on a free port with its own data directory, and a real HTTP client for it. */
public final class RunningService implements AutoCloseable {
    private final Service service;
    private final Path data;
    private final JsonNode keys;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningService(Service service, Path data) {
        this.service = service;
        this.data = data;
        try {
            this.keys = Json.MAPPER.readTree(Files.readAllBytes(data.resolve(ApiKeyStore.INITIAL_FILE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the starter policy with these config overrides (keys as in docs/configuration.md). */
    public static RunningService start(Map<String, String> overrides) {
        try {
            Path data = Files.createTempDirectory("frontline-it");
            Map<String, String> o = new HashMap<>();
            o.put("http.port", "0");
            o.put("http.instances", "1");
            o.put("paths.rules", StarterPolicy.RULES.toString());
            o.put("paths.tables", StarterPolicy.TABLES.toString());
            o.put("paths.intel", StarterPolicy.INTEL.toString());
            o.put("paths.data", data.toString());
            o.putAll(overrides);
            return new RunningService(Service.start(ConfigLoader.load(null, Map.of(), o)), Path.of(o.get("paths.data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RunningService start() {
        return start(Map.of());
    }

    public String key(String role) {
        return keys.path(role).asText();
    }

    public Path dataDir() {
        return data;
    }

    public Service service() {
        return service;
    }

    /** Scheme, host and port, as a browser addresses the service: {@code http://127.0.0.1:41234}. */
    public String origin() {
        return "http://127.0.0.1:" + service.port();
    }

    public URI uri(String path) {
        return URI.create(origin() + path);
    }

    public HttpResponse<String> get(String path, String role) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
        if (role != null) {
            b.header("Authorization", "Bearer " + key(role));
        }
        return send(b.build());
    }

    public HttpResponse<String> postJson(String path, String role, String body) {
        return post(path, role, "application/json", HttpRequest.BodyPublishers.ofString(body));
    }

    public HttpResponse<String> post(String path, String role, String contentType, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).POST(body);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (role != null) {
            b.header("Authorization", "Bearer " + key(role));
        }
        return send(b.build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    @Override
    public void close() {
        service.close();
    }
}
