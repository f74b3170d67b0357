package dev.owl.query;

import dev.owl.catalog.Model;
import dev.owl.catalog.Weights;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The command lines that download and start a model with the common runtimes, built only from the
 * catalog's Ollama tags and Hugging Face repos: {@code ollama pull/run}, {@code hf download},
 * {@code vllm serve} and, when the catalog lists a GGUF repo, {@code llama-server -hf}.
 * {@code show}'s "Run it" section and {@code recommend}'s {@code run} field both print these.
 */
public final class RunCommands {
    private RunCommands() {}

    /** What a command line does. */
    public enum Step {
        /** downloads the weights */
        GET,
        /** downloads if needed and opens a chat in the terminal */
        RUN,
        /** starts an OpenAI-compatible server */
        SERVE,
        /** calls a hosted provider's API: the runtime is the provider, the command its model id */
        API;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One command line: {@code runtime} is a runtime id of {@code runtimes.yaml} ({@code hf} for the
     * Hugging Face CLI); {@code note} says what to do first (gated weights), or is null.
     */
    public record RunCommand(String runtime, Step step, String command, String note) {}

    /** The command lines for a model, Ollama first (fewest steps), empty when no weights are published. */
    public static List<RunCommand> of(Model model) {
        List<RunCommand> commands = new ArrayList<>();
        if (!model.hasWeights()) {
            return commands;
        }
        String gate = model.weights() == Weights.GATED
                ? "gated: accept the terms on the repo's Hugging Face page, then 'hf auth login'" : null;
        if (!model.ollamaTags().isEmpty()) {
            String tag = model.ollamaTags().get(0);
            commands.add(new RunCommand("ollama", Step.GET, "ollama pull " + tag, null));
            commands.add(new RunCommand("ollama", Step.RUN, "ollama run " + tag, null));
        }
        Optional<String> safetensors = model.hfRepos().stream().filter(r -> !isGguf(r)).findFirst();
        Optional<String> gguf = model.hfRepos().stream().filter(RunCommands::isGguf).findFirst();
        safetensors.or(() -> gguf).ifPresent(repo ->
                commands.add(new RunCommand("hf", Step.GET, "hf download " + repo, gate)));
        safetensors.ifPresent(repo -> commands.add(new RunCommand("vllm", Step.SERVE, "vllm serve " + repo, gate)));
        gguf.ifPresent(repo -> commands.add(new RunCommand("llama-cpp", Step.SERVE, "llama-server -hf " + repo, gate)));
        return List.copyOf(commands);
    }

    /** A repo of GGUF files, which llama.cpp loads directly (the vendors name them {@code …-GGUF} or {@code …_gguf}). */
    static boolean isGguf(String repo) {
        return repo.toLowerCase(Locale.ROOT).endsWith("gguf");
    }
}
