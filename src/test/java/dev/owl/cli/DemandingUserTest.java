package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import org.junit.jupiter.api.Test;

/** A hardening pass as a demanding new user (qa8): each test is one defect that was found and fixed. */
class DemandingUserTest {
    @Test
    void recommendsHelpShowsTheOneGpuItTakesAndFitsTheListItTakes() {
        String recommend = OwlRunner.fixture().run("recommend", "--help").out();
        assertThat(recommend).contains("--gpu=ID ").doesNotContain("--gpu=ID[,ID...]");
        String fit = OwlRunner.fixture().run("fit", "--help").out();
        assertThat(fit).contains("--gpu=ID[,ID...]");

        Result list = OwlRunner.fixture().run("recommend", "--gpu", "rtx-4090,h100-sxm");
        assertThat(list.exitCode()).isEqualTo(2);
        assertThat(list.out()).isEmpty();
        assertThat(list.err()).contains("error: recommend takes one --gpu, not a list: 'rtx-4090,h100-sxm'")
                .contains("help: give one --gpu ID");

        Result twice = OwlRunner.fixture().run("recommend", "--gpu", "rtx-4090", "--gpu", "h100-sxm");
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.out()).isEmpty();
        assertThat(twice.err()).contains("--gpu").doesNotContain("Exception");

        Result one = OwlRunner.fixture().run("recommend", "--gpu", "2xrtx-4090", "--format", "json");
        assertThat(one.exitCode()).as(one.err()).isZero();
    }
}
