package dev.owl.recommend;

import java.util.List;
import java.util.Locale;

/**
 * What the user wants a model for: which benchmarks count as evidence, which capabilities help, and
 * which input modality is required (a hard constraint).
 */
public enum Task {
    CHAT("general assistant", List.of("MMLU-Pro", "MMLU", "IFEval", "GPQA"), List.of("chat", "tools"), null),
    CODE("code generation and completion", List.of("HumanEval", "MBPP", "LiveCodeBench", "HumanEval+"), List.of("code", "fim"), null),
    AGENTIC_CODE("coding agents editing repositories", List.of("SWE-bench Verified", "LiveCodeBench", "HumanEval"),
            List.of("code", "tools"), null),
    REASONING("multi-step reasoning", List.of("GPQA", "MMLU-Pro", "AIME 2024", "AIME 2025"), List.of("reasoning"), null),
    MATH("mathematics", List.of("MATH", "MATH-500", "AIME 2024", "AIME 2025", "GSM8K"), List.of("reasoning"), null),
    VISION("images and documents", List.of("MMMU", "MathVista", "ChartQA", "DocVQA"), List.of("vision"), "image"),
    AUDIO("speech and audio understanding", List.of(), List.of("audio"), "audio"),
    LONG_CONTEXT("long documents", List.of(), List.of(), null),
    EDGE("small devices", List.of("MMLU", "MMLU-Pro"), List.of(), null),
    MULTILINGUAL("many languages", List.of("MGSM", "MMLU"), List.of("multilingual"), null),
    FINE_TUNING("a base for fine-tuning", List.of("MMLU", "MMLU-Pro"), List.of(), null),
    RAG("retrieval-augmented generation", List.of("MMLU-Pro", "MMLU", "IFEval"), List.of("tools", "chat"), null);

    private final String description;
    private final List<String> evidence;
    private final List<String> capabilities;
    private final String requiredInput;

    Task(String description, List<String> evidence, List<String> capabilities, String requiredInput) {
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

    /** Benchmarks that count as evidence for the task, by catalog name. */
    public List<String> evidence() {
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
