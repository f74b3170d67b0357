package dev.owl.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.owl.catalog.Catalog;
import dev.owl.catalog.CatalogLoader;
import dev.owl.catalog.CatalogLocation;
import dev.owl.catalog.Model;
import dev.owl.query.RunCommands.RunCommand;
import dev.owl.query.RunCommands.Step;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunCommandsTest {
    private static final Catalog CATALOG = new CatalogLoader().load(List.of(new CatalogLocation("catalog", Path.of("catalog"), true)));

    private static Model model(String id) {
        return CATALOG.model(id).orElseThrow();
    }

    private static List<String> lines(String id) {
        return RunCommands.of(model(id)).stream().map(RunCommand::command).toList();
    }

    @Test
    void aGatedModelWithAnOllamaTagGetsOllamaHfAndVllmWithTheGateNoted() {
        List<RunCommand> commands = RunCommands.of(model("llama-3.3-70b-instruct"));
        assertThat(commands).extracting(RunCommand::command).containsExactly(
                "ollama pull llama3.3:70b", "ollama run llama3.3:70b",
                "hf download meta-llama/Llama-3.3-70B-Instruct", "vllm serve meta-llama/Llama-3.3-70B-Instruct");
        assertThat(commands).extracting(RunCommand::step).containsExactly(Step.GET, Step.RUN, Step.GET, Step.SERVE);
        assertThat(commands).extracting(RunCommand::runtime).containsExactly("ollama", "ollama", "hf", "vllm");
        // Ollama's library copy needs no Hugging Face login; the hub repo does
        assertThat(commands.get(0).note()).isNull();
        assertThat(commands.get(2).note()).contains("gated").contains("hf auth login");
    }

    @Test
    void aGgufRepoInTheCatalogAddsLlamaServerAndIsNotWhatVllmServes() {
        Model devstral = model("devstral-small-2507");
        assertThat(devstral.hfRepos()).contains("mistralai/Devstral-Small-2507_gguf");
        List<String> lines = lines("devstral-small-2507");
        assertThat(lines).contains("hf download mistralai/Devstral-Small-2507", "vllm serve mistralai/Devstral-Small-2507",
                "llama-server -hf mistralai/Devstral-Small-2507_gguf");
        assertThat(lines).noneMatch(l -> l.startsWith("vllm serve") && l.endsWith("_gguf"));
    }

    @Test
    void theGateNoteIsThereExactlyForGatedWeightsAndNeverOnOllama() {
        for (Model m : CATALOG.models()) {
            for (RunCommand c : RunCommands.of(m)) {
                boolean gated = m.weights() == dev.owl.catalog.Weights.GATED && !c.runtime().equals("ollama");
                assertThat(c.note() != null).as(m.id() + ": " + c.command()).isEqualTo(gated);
            }
        }
    }

    @Test
    void everyCommandComesFromTheCatalogsOwnTagsAndRepos() {
        for (Model m : CATALOG.models()) {
            for (RunCommand c : RunCommands.of(m)) {
                String target = c.command().substring(c.command().lastIndexOf(' ') + 1);
                assertThat(m.ollamaTags().contains(target) || m.hfRepos().contains(target)).as(c.command()).isTrue();
            }
        }
    }

    @Test
    void aModelWithoutPublishedWeightsGetsNoCommand() {
        List<Model> closed = CATALOG.models().stream().filter(m -> !m.hasWeights()).toList();
        assertThat(closed).isNotEmpty();
        assertThat(closed).allSatisfy(m -> assertThat(RunCommands.of(m)).isEmpty());
    }

    @Test
    void ggufIsRecognisedByTheRepoNameEnding() {
        assertThat(RunCommands.isGguf("Qwen/Qwen2.5-72B-Instruct-GGUF")).isTrue();
        assertThat(RunCommands.isGguf("mistralai/Magistral-Small-2506_gguf")).isTrue();
        assertThat(RunCommands.isGguf("meta-llama/Llama-3.3-70B-Instruct")).isFalse();
    }
}
