package io.frontline.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.support.RunningService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static io.frontline.support.RunningService.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Policy staff see what a spreadsheet means: the DRL it converts to, each rule with its row. */
class TableDrlIT {
    static RunningService svc;

    @BeforeAll
    static void start() {
        svc = RunningService.start();
    }

    @AfterAll
    static void stop() {
        svc.close();
    }

    @Test
    void a_csv_and_an_xlsx_table_show_their_drl_rule_by_row() {
        HttpResponse<String> csv = svc.get("/v1/rules/files/decision-tables%2Fscam-routes.drl.csv/drl", "policy");
        assertEquals(200, csv.statusCode(), csv.body());
        JsonNode body = json(csv);
        assertEquals("decision-tables/scam-routes.drl.csv", body.path("file").asText());
        assertTrue(body.path("drl").asText().contains("rule \""), body.path("drl").asText());
        JsonNode first = body.path("rules").get(0);
        assertEquals("A10", first.path("cell").asText(), first.toString());
        assertEquals(10, first.path("row").asInt());
        assertTrue(body.path("drl").asText().split("\n")[first.path("line").asInt() - 1].contains(
                first.path("name").asText()));

        JsonNode xlsx = json(svc.get("/v1/rules/files/decision-tables%2Fpayment-thresholds.drl.xlsx/drl", "reviewer"));
        assertTrue(xlsx.path("rules").size() > 5, xlsx.toString());
        xlsx.path("rules").forEach(r -> assertTrue(r.path("row").asInt() > 0, r.toString()));
    }

    @Test
    void a_drl_file_or_an_unknown_path_is_not_a_table() {
        assertEquals(404, svc.get("/v1/rules/files/rules%2Ftransactions.drl/drl", "policy").statusCode());
        assertEquals(404, svc.get("/v1/rules/files/nothing.drl.csv/drl", "policy").statusCode());
        assertEquals(403, svc.get("/v1/rules/files/decision-tables%2Fscam-routes.drl.csv/drl", "agent").statusCode());
    }
}
