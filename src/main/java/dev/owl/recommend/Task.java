package dev.owl.recommend;

import java.util.List;
import java.util.Locale;

/**
 * What the user wants a model for: which benchmarks count as evidence, which capabilities help, and
 * which input modality is required (a hard constraint).
 */
public enum Task {
    CHAT("general assistant", vendor("MMLU-Pro", "IFEval", "GPQA", "GPQA-Diamond", "MMLU"), List.of("chat", "tools"), null),
    CODE("code generation and completion", List.of(Suites.AIDER, Suites.SWE_BASH_ONLY, Suite.vendor("LiveCodeBench"), Suite.vendor("HumanEval"),
            Suite.vendor("MBPP"), Suite.vendor("HumanEval+")), List.of("code", "fim"), null),
    AGENTIC_CODE("coding agents editing repositories", List.of(Suites.SWE_BASH_ONLY, Suites.AIDER, Suite.vendor("SWE-bench Verified"),
            Suite.vendor("LiveCodeBench")), List.of("code", "tools"), null),
    REASONING("multi-step reasoning", vendor("GPQA-Diamond", "GPQA", "AIME 2025", "AIME 2024", "MMLU-Pro"), List.of("reasoning"), null),
    MATH("mathematics", vendor("AIME 2025", "AIME 2024", "MATH-500", "MATH", "GSM8K"), List.of("reasoning"), null),
    VISION("images and documents", vendor("MMMU", "MathVista", "ChartQA", "DocVQA"), List.of("vision"), "image"),
    AUDIO("speech and audio understanding", List.of(), List.of("audio"), "audio"),
    LONG_CONTEXT("long documents", vendor("MMLU-Pro", "IFEval", "MMLU"), List.of(), null),
    EDGE("small devices", vendor("MMLU-Pro", "MMLU", "IFEval"), List.of(), null),
    MULTILINGUAL("many languages", vendor("MMLU-ProX", "Global-MMLU", "MGSM", "MMLU-Pro", "MMLU"), List.of("multilingual"), null),
    FINE_TUNING("a base for fine-tuning", vendor("MMLU-Pro", "MMLU"), List.of(), null),
    RAG("retrieval-augmented generation", vendor("MMLU-Pro", "IFEval", "MMLU"), List.of("tools", "chat"), null);

    /** The common-protocol suites in the catalog (their figures carry {@code protocol:}). */
    static final class Suites {
        static final Suite AIDER = Suite.common("Aider polyglot", "aider-polyglot",
                "Aider's polyglot leaderboard: 225 Exercism exercises in C++, Go, Java, JavaScript, Python and Rust, "
                        + "two tries, percent solved; one harness for every model");
        static final Suite SWE_BASH_ONLY = Suite.common("SWE-bench Verified", "swe-bench-bash-only",
                "SWE-bench Verified, bash-only leaderboard: the same minimal agent (mini-SWE-agent) for every model, "
                        + "percent of 500 GitHub issues resolved");
    }

    private static List<Suite> vendor(String... names) {
        return java.util.Arrays.stream(names).map(Suite::vendor).toList();
    }

    private final String description;
    private final List<Suite> evidence;
    private final List<String> capabilities;
    private final String requiredInput;

    Task(String description, List<Suite> evidence, List<String> capabilities, String requiredInput) {
        this.description = description;
        this.evidence = evidence;
        this.capabilities = capabilities;
        this.requiredInput = requiredInput;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String description() {
        return description;
    }

    /** What counts as evidence for the task, most trusted first. */
    public List<Suite> evidence() {
        return evidence;
    }

    /** Capabilities that help; each one the model has adds to its capability score. */
    public List<String> capabilities() {
        return capabilities;
    }

    /** An input modality the model must accept, or null. */
    public String requiredInput() {
        return requiredInput;
    }

    public static Task parse(String s) {
        String k = s.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Task t : values()) {
            if (t.key().equals(k)) {
                return t;
            }
        }
        return null;
    }
}
