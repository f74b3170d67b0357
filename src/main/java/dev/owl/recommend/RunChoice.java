package dev.owl.recommend;

import dev.owl.catalog.Model;
import dev.owl.fit.Quantization;
import dev.owl.query.RunCommands;
import java.util.List;

/** The command line that runs a recommended model in the format it was sized with. */
final class RunChoice {
    private RunChoice() {}

    /**
     * Which of the model's command lines ({@link RunCommands}, shared with {@code show}) runs the chosen format:
     * q4_K_M through Ollama (its library's default tags are q4_K_M GGUF builds), another llama.cpp format through
     * llama-server on a GGUF repo when the catalog lists one (else Ollama); 16-bit, fp8 and the GPU 4-bit formats
     * through vLLM. Without hardware, the first command. Null when there is none.
     */
    static RunCommands.RunCommand of(Model m, Quantization chosen) {
        List<RunCommands.RunCommand> all = RunCommands.of(m);
        if (all.isEmpty()) {
            return null;
        }
        boolean gguf = chosen != null && (chosen.key().startsWith("q") || chosen.key().startsWith("iq"));
        // Ollama's library tags are q4_K_M builds; another llama.cpp format is llama-server's when a GGUF repo is known
        List<String> order = !gguf ? List.of("vllm", "ollama", "llama-cpp")
                : chosen == Quantization.Q4_K_M ? List.of("ollama", "llama-cpp", "vllm") : List.of("llama-cpp", "ollama", "vllm");
        for (String runtime : order) {
            for (RunCommands.RunCommand c : all) {
                if (c.runtime().equals(runtime) && c.step() != RunCommands.Step.GET) {
                    if (gguf && runtime.equals("vllm")) {
                        return new RunCommands.RunCommand(c.runtime(), c.step(), c.command(), "serves the 16-bit weights: the "
                                + "catalog lists no Ollama tag or GGUF repo for " + chosen.key());
                    }
                    return c;
                }
            }
        }
        return all.get(0);
    }
}
