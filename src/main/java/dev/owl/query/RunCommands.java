package dev.owl.query;

import dev.owl.catalog.Model;
import dev.owl.catalog.Weights;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
        // the first repo of each kind, by a loop: this runs for every model listed, and on JDK 17 each of the six lambdas
        // it had was a call site linked at every start
        String safetensors = null;
        String gguf = null;
        for (String repo : model.hfRepos()) {
            if (isGguf(repo)) {
                gguf = gguf == null ? repo : gguf;
            } else {
                safetensors = safetensors == null ? repo : safetensors;
            }
        }
        if (safetensors != null || gguf != null) {
            commands.add(new RunCommand("hf", Step.GET, "hf download " + (safetensors != null ? safetensors : gguf), gate));
        }
        if (safetensors != null) {
            commands.add(new RunCommand("vllm", Step.SERVE, "vllm serve " + safetensors, gate));
        }
        if (gguf != null) {
            commands.add(new RunCommand("llama-cpp", Step.SERVE, "llama-server -hf " + gguf, gate));
        }
        return List.copyOf(commands);
    }

    /** A repo of GGUF files, which llama.cpp loads directly (the vendors name them {@code …-GGUF} or {@code …_gguf}). */
    static boolean isGguf(String repo) {
        return repo.toLowerCase(Locale.ROOT).endsWith("gguf");
    }
}
