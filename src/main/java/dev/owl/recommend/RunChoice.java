package dev.owl.recommend;

import dev.owl.catalog.Model;
import dev.owl.fit.FitCalculator;
import dev.owl.fit.Hardware;
import dev.owl.fit.Quantization;
import dev.owl.query.RunCommands;
import dev.owl.query.RunCommands.RunCommand;
import dev.owl.query.RunCommands.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * The command line that runs a recommended model in the format it was sized with, or, when the catalog has no source
 * of that format, the nearest one whose weights also fit; never a command whose weights do not fit. What each
 * command serves: an Ollama library tag a q4_K_M build (its library's default tags are), {@code llama-server -hf
 * REPO:QUANT} the named file of a GGUF repo the catalog lists, {@code vllm serve REPO} the checkpoint as released
 * (16-bit, or the vendor's own format such as mxfp4 or fp8), and a vendor's {@code …-FP8} repo its fp8 weights.
 */
final class RunChoice {
    private RunChoice() {}

    /** A command and the format its weights are in. */
    private record Served(RunCommand command, Quantization format) {}

    /**
     * The command for {@code chosen}, where {@code needed} sizes a format as the ranking did and {@code available} is the
     * memory the format's engine may use there (vLLM takes only its share of each GPU, llama.cpp all of it). Without hardware ({@code chosen} null), {@code vllm serve} where there is a checkpoint. Null when the model has none; a
     * command-less {@link RunCommand} (only a note) when none of the model's commands serves weights that fit.
     */
    static RunCommand of(Model m, Quantization chosen, ToLongFunction<Quantization> needed, ToLongFunction<Quantization> available) {
        return of(m, chosen, needed, available, 1);
    }

    /**
     * As above on {@code devices} GPUs: a {@code vllm serve} line then shards the model over all of them
     * ({@code --tensor-parallel-size}, the split the memory estimate assumes); llama.cpp and Ollama split by layers unasked.
     */
    static RunCommand of(Model m, Quantization chosen, ToLongFunction<Quantization> needed, ToLongFunction<Quantization> available,
            int devices) {
        // vLLM refuses a tensor-parallel size that does not divide the attention heads (fit's uneven split): no such line
        Integer heads = m.architecture() == null ? null : m.architecture().attentionHeads();
        String uneven = FitCalculator.splitsHeads(heads, devices) ? null
                : FitCalculator.unevenSplit("vllm", heads, devices) + " (tensor parallelism)";
        List<RunCommand> all = devices > 1 ? RunCommands.of(m).stream().filter(c -> uneven == null || !isVllmServe(c))
                .map(c -> isVllmServe(c) ? new RunCommand(c.runtime(), c.step(), c.command() + " --tensor-parallel-size " + devices, c.note()) : c)
                .toList() : RunCommands.of(m);
        if (all.isEmpty()) {
            return null;
        }
        if (chosen == null) { // no format was sized: the checkpoint as released, else the first way to run it
            for (String runtime : List.of("vllm", "ollama", "llama-cpp")) {
                for (RunCommand c : all) {
                    if (c.runtime().equals(runtime) && c.step() != Step.GET) {
                        return c;
                    }
                }
            }
            return all.get(0);
        }
        List<Served> served = served(m, chosen, all);
        for (Served s : served) {
            if (s.format() == chosen) {
                return s.command();
            }
        }
        String missing = "the catalog lists no " + (chosen.family() == Quantization.Family.GGUF
                ? (chosen == Quantization.Q4_K_M ? "Ollama tag or GGUF repo" : "GGUF repo") : chosen.key() + " checkpoint")
                + " of " + m.id() + (chosen.family() == Quantization.Family.GGUF ? " (" + chosen.key() + " was sized)" : "");
        Served best = null;
        for (Served s : served) {
            if (needed.applyAsLong(s.format()) <= available.applyAsLong(s.format()) && (best == null || s.format().bitsPerWeight() > best.format().bitsPerWeight())) {
                best = s;
            }
        }
        if (best != null) {
            RunCommand c = best.command();
            return new RunCommand(c.runtime(), c.step(), c.command(), missing + "; this serves " + describe(best.format())
                    + ", which also fit" + (c.note() == null ? "" : "; " + c.note()));
        }
        List<String> tried = new ArrayList<>(uneven == null ? List.of() : List.of(uneven));
        for (Served s : served) {
            tried.add(String.format(Locale.ROOT, "'%s' serves %s (~%.1f GiB, more than the %.1f GiB available to it)",
                    s.command().command(), describe(s.format()), needed.applyAsLong(s.format()) / Hardware.GIB,
                    available.applyAsLong(s.format()) / Hardware.GIB));
        }
        return new RunCommand(null, null, null, missing + "; " + (tried.isEmpty() ? String.format(Locale.ROOT,
                "it has no serving command, and the %.1f GiB available hold no other format", available.applyAsLong(chosen) / Hardware.GIB)
                : String.join(" and ", tried)));
    }

    private static boolean isVllmServe(RunCommand c) {
        return "vllm".equals(c.runtime()) && c.step() == Step.SERVE;
    }

    /** Every serving command of the model with the format it serves, for {@code chosen}'s sake. */
    private static List<Served> served(Model m, Quantization chosen, List<RunCommand> all) {
        Quantization released = m.architecture() == null || m.architecture().nativeFormat() == null ? null
                : Quantization.parse(m.architecture().nativeFormat());
        List<Served> out = new ArrayList<>();
        for (RunCommand c : all) {
            if (c.step() == Step.GET) {
                continue;
            }
            switch (c.runtime()) {
                case "ollama" -> out.add(new Served(c, Quantization.Q4_K_M));
                case "llama-cpp" -> {
                    // -hf REPO:QUANT picks that file of the repo (without a tag llama.cpp takes Q4_K_M)
                    Quantization q = chosen.family() == Quantization.Family.GGUF ? chosen : Quantization.Q8_0;
                    out.add(new Served(new RunCommand(c.runtime(), c.step(), c.command() + ":" + q.key().toUpperCase(Locale.ROOT),
                            c.note()), q));
                }
                case "vllm" -> {
                    out.add(new Served(c, released != null ? released : Quantization.BF16));
                    // the vendor's own FP8 checkpoint beside the 16-bit one (named …-FP8, as zai-org's GLM and Qwen name theirs)
                    m.hfRepos().stream().filter(r -> r.toUpperCase(Locale.ROOT).endsWith("-FP8") && !c.command().contains(" " + r + " ")
                            && !c.command().endsWith(" " + r)).findFirst().ifPresent(r -> out.add(new Served(new RunCommand(c.runtime(), c.step(),
                                    c.command().replaceFirst("^vllm serve \\S+", "vllm serve " + r), c.note()), Quantization.FP8)));
                }
                default -> { }
            }
        }
        return out;
    }

    /**
     * How to call the hosted offer a budget was met with: the provider (a runtime id of {@code runtimes.yaml}) and the
     * model id its API takes, or no command when the catalog lacks that id.
     */
    static RunCommand api(dev.owl.cost.Budget.Verdict budget) {
        String note = "hosted API, ~" + dev.owl.units.Quantities.usd(budget.monthlyUsd()) + "/month at the budget's volume"
                + (budget.providerModelId() == null ? "; the catalog does not list " + budget.provider() + "'s model id" : "");
        return new RunCommand(budget.provider(), Step.API, budget.providerModelId(), note);
    }

    private static String describe(Quantization q) {
        return q == Quantization.BF16 ? "the 16-bit weights" : q.key() + " weights";
    }
}
