package io.frontline.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Configuration: defaults, file, environment and flags, validated at start. */
class ConfigLoaderTest {

    @Test
    void defaults_serve_the_starter_policy_on_8080() {
        FrontlineConfig c = ConfigLoader.load(null, Map.of(), Map.of());
        assertEquals(8080, c.http().port());
        assertEquals(256 * 1024, c.http().bodyLimitBytes());
        assertEquals(60, c.detectors().elderlyAge());
    }

    @Test
    void environment_overrides_the_file_and_flags_override_the_environment() throws Exception {
        Path file = Files.createTempFile("frontline", ".json");
        Files.writeString(file, "{\"http\": {\"port\": 9000, \"bodyLimitBytes\": 2048}}");
        FrontlineConfig c = ConfigLoader.load(file, Map.of("FRONTLINE_HTTP_PORT", "9100"), Map.of());
        assertEquals(9100, c.http().port());
        assertEquals(2048, c.http().bodyLimitBytes());
        assertEquals(9200, ConfigLoader.load(file, Map.of("FRONTLINE_HTTP_PORT", "9100"),
                Map.of("http.port", "9200")).http().port());
    }

    @Test
    void environment_names_follow_the_keys() {
        assertEquals("FRONTLINE_HTTP_BODY_LIMIT_BYTES", ConfigLoader.envName("http.bodyLimitBytes"));
        assertEquals("FRONTLINE_PATHS_RULES", ConfigLoader.envName("paths.rules"));
    }

    @Test
    void a_bad_value_fails_with_the_key_the_value_and_what_was_expected() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(null, Map.of("FRONTLINE_HTTP_PORT", "eighty"), Map.of()));
        assertTrue(e.getMessage().contains("http.port") && e.getMessage().contains("eighty")
                && e.getMessage().contains("whole number"), e.getMessage());
        assertThrows(ConfigException.class, () -> ConfigLoader.load(null, Map.of("FRONTLINE_DETECTORS_ZONE", "Mars/Base"),
                Map.of()));
        assertThrows(ConfigException.class, () -> ConfigLoader.load(null, Map.of(), Map.of("paths.rules", "no/such/dir")));
    }

    @Test
    void an_unknown_key_in_the_file_fails() throws Exception {
        Path file = Files.createTempFile("frontline", ".json");
        Files.writeString(file, "{\"http\": {\"prot\": 9000}}");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file, Map.of(), Map.of()));
        assertTrue(e.getMessage().contains("http.prot"), e.getMessage());
    }
}
