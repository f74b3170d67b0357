package dev.owl.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.resolver.Resolver;

/** The caching resolver gives SnakeYAML's tag for every scalar, asked once or again, plain or quoted. */
class CachingResolverTest {
    @Test
    void sameTagsAsSnakeYaml() {
        List<String> values = List.of("name", "yes", "No", "on", "1", "-7", "0x1F", "1_000", "1.5", ".inf", "-.NaN", "2026-11-22",
                "2026-11-22T10:00:00Z", "null", "~", "", "<<", "gen-model-1", "apache-2.0", "5-shot", "x".repeat(40) + "1", "128K");
        Resolver snake = new Resolver();
        CachingResolver caching = new CachingResolver();
        for (int round = 0; round < 2; round++) {
            for (String v : values) {
                for (boolean implicit : new boolean[] {true, false}) {
                    assertThat(caching.resolve(NodeId.scalar, v, implicit)).as(v + " " + implicit).isEqualTo(snake.resolve(NodeId.scalar, v, implicit));
                }
            }
        }
        assertThat(caching.resolve(NodeId.mapping, null, true)).isEqualTo(snake.resolve(NodeId.mapping, null, true));
    }
}
