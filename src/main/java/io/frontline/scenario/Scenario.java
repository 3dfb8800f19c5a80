package io.frontline.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.domain.Subject;

import java.util.List;

/**
 * A golden case: a request, what frontline has seen before it, and what the decision must be.
 *
 * @param file        where it was read from, relative to the scenarios directory
 * @param name        a sentence saying what happens
 * @param subject     transaction or contact
 * @param history     transactions decided before the request, oldest first
 * @param contacts    contacts decided before the request, oldest first
 * @param frozen      accounts under an active freeze
 * @param request     the request body, as a client sends it
 * @param expect      what the decision must show
 */
public record Scenario(String file, String name, Subject subject, List<JsonNode> history, List<JsonNode> contacts,
                       List<String> frozen, JsonNode request, Expectation expect) {

    /**
     * @param outcome   the outcome required
     * @param rules     rules that must fire
     * @param notRules  rules that must not fire
     * @param signals   signal kinds that must be present
     * @param scamType  the script's scam type, when one is required
     * @param route     an escalation route that must be among the actions
     */
    public record Expectation(String outcome, List<String> rules, List<String> notRules, List<String> signals,
                              String scamType, String route) {}
}
