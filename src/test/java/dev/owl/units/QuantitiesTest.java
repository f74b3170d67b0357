package dev.owl.units;

import static org.assertj.core.api.Assertions.assertThat;

import dev.owl.OwlRunner;
import org.junit.jupiter.api.Test;

class QuantitiesTest {
    @Test
    void powersOfTwoUseBinarySuffixes() {
        assertThat(Quantities.tokens(131072)).isEqualTo("128K");
        assertThat(Quantities.tokens(1048576)).isEqualTo("1M");
        assertThat(Quantities.tokens(10485760)).isEqualTo("10M");
        assertThat(Quantities.tokens(202752)).isEqualTo("198K");
        assertThat(Quantities.tokens(1572864)).isEqualTo("1.5M");
    }

    @Test
    void otherCountsShowAtMostTwoDecimalsInTheLargerUnit() {
        assertThat(Quantities.tokens(1010000)).isEqualTo("0.96M");
        assertThat(Quantities.tokens(1000000)).isEqualTo("0.95M");
        assertThat(Quantities.tokens(4000)).isEqualTo("3.91K");
        assertThat(Quantities.tokens(999999)).isEqualTo("976.56K");
        assertThat(Quantities.tokens(1000)).isEqualTo("1000");
        assertThat(Quantities.tokens(512)).isEqualTo("512");
    }

    @Test
    void aMillionTokenContextPrintsInMBesideBinaryContexts() {
        var r = OwlRunner.bundled().run("list", "--family", "qwen");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).doesNotContain("1010k").contains("0.96M").contains("256K");
        var show = OwlRunner.bundled().run("show", "qwen3.5-397b-a17b");
        assertThat(show.out()).contains("0.96M tokens (1,010,000)");
        var json = OwlRunner.bundled().run("--format", "json", "show", "qwen3.5-397b-a17b");
        assertThat(json.out()).contains("\"context_tokens\" : 1010000");
    }

    @Test
    void compareSpellsTheSlidingWindowByTheSameRule() {
        var r = OwlRunner.bundled().run("compare", "gemma-4-31b-it", "llama-3.1-8b-instruct");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("1K on 50/60 layers").doesNotContain("1024 on");
    }
}
