package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A recommendation's score and its parts are computed, not catalog facts: they reach programs at a fixed precision (the
 * score to 0.1, each part to 0.001), never as float arithmetic's 0.30000000000000004, and the same in json, yaml and csv.
 */
class RecommendPrecisionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"code", "chat", "edge", "vision"})
    void scoresHaveAFixedPrecisionInEveryFormat(String task) throws Exception {
        List<String> query = List.of("recommend", "--task", task, "--gpu", "rtx-4090", "--top", "10", "--format");
        JsonNode json = JSON.readTree(run(query, "json"));
        JsonNode yaml = new YAMLMapper().readTree(run(query, "yaml"));
        List<String> csv = run(query, "csv").lines().toList();
        assertThat(json.get("recommendations")).isNotEmpty();
        int scoreColumn = List.of(csv.get(0).split(",")).indexOf("SCORE");
        int i = 0;
        for (JsonNode rec : json.get("recommendations")) {
            String id = rec.get("model").asText();
            assertThat(decimals(rec.get("score"))).as(id + " score " + rec.get("score")).isLessThanOrEqualTo(1);
            rec.get("score_parts").fields().forEachRemaining(part -> {
                if (!part.getValue().isNull()) {
                    assertThat(decimals(part.getValue())).as(id + " " + part.getKey() + " " + part.getValue()).isLessThanOrEqualTo(3);
                }
            });
            assertThat(decimals(rec.get("confidence"))).isLessThanOrEqualTo(2);
            JsonNode same = yaml.get("recommendations").get(i);
            assertThat(same.get("score").asDouble()).isEqualTo(rec.get("score").asDouble());
            assertThat(same.get("score_parts").toString()).isEqualTo(rec.get("score_parts").toString());
            assertThat(new BigDecimal(csv.get(i + 1).split(",")[scoreColumn])).isEqualByComparingTo(rec.get("score").asText());
            i++;
        }
    }

    private static String run(List<String> args, String format) {
        String[] all = java.util.stream.Stream.concat(args.stream(), java.util.stream.Stream.of(format)).toArray(String[]::new);
        Result r = OwlRunner.bundled().run(all);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r.out();
    }

    private static int decimals(JsonNode number) {
        assertThat(number.isNumber()).as(number.toString()).isTrue();
        return Math.max(0, new BigDecimal(number.asText()).stripTrailingZeros().scale());
    }
}
