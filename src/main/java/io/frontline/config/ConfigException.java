package io.frontline.config;

/** A configuration value is missing or wrong; the message names the key, the value and what was expected. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
