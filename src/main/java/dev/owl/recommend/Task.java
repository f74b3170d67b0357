package dev.owl.recommend;

import java.util.List;
import java.util.Locale;

/**
 * What the user wants a model for: which benchmarks count as evidence, which capabilities help, and
 * which input modality is required (a hard constraint).
 */
public enum Task {
    CHAT("general assistant", with(List.of(Suites.ARENA_TEXT, Suites.OPEN_LLM), "MMLU-Pro", "IFEval", "GPQA", "GPQA-Diamond", "MMLU"),
            List.of("chat", "tools"), null),
    CODE("code generation and completion", with(List.of(Suites.AIDER, Suites.SWE_BASH_ONLY, Suites.BIGCODEBENCH, Suites.ARENA_CODING,
            Suites.ARENA_WEBDEV),
            "LiveCodeBench", "HumanEval", "MBPP", "HumanEval+"), List.of("code", "fim"), null),
    AGENTIC_CODE("coding agents editing repositories", with(List.of(Suites.SWE_BASH_ONLY, Suites.AIDER, Suites.BFCL),
            "SWE-bench Verified", "LiveCodeBench"), List.of("code", "tools"), null),
    TOOLS("tool use and function calling", List.of(Suites.BFCL, Suites.ARENA_TEXT), List.of("tools", "chat"), null),
    REASONING("multi-step reasoning", with(List.of(Suites.ARENA_HARD, Suites.ARENA_MATH), "GPQA-Diamond", "GPQA", "AIME 2025", "AIME 2024",
            "MMLU-Pro"), List.of("reasoning"), null),
    MATH("mathematics", with(List.of(Suites.ARENA_MATH), "AIME 2025", "AIME 2024", "MATH-500", "MATH", "GSM8K"), List.of("reasoning"), null),
    VISION("images and documents", with(List.of(Suites.ARENA_VISION), "MMMU", "MathVista", "ChartQA", "DocVQA"), List.of("vision"), "image"),
    AUDIO("speech and audio understanding", List.of(), List.of("audio"), "audio"),
    LONG_CONTEXT("long documents", with(List.of(Suites.ARENA_TEXT, Suites.OPEN_LLM), "MMLU-Pro", "IFEval", "MMLU"), List.of(), null),
    EDGE("small devices", with(List.of(Suites.ARENA_TEXT, Suites.OPEN_LLM), "MMLU-Pro", "MMLU", "IFEval"), List.of(), null),
    MULTILINGUAL("many languages", with(List.of(Suites.EUROEVAL, Suites.ARENA_CHINESE, Suites.ARENA_GERMAN, Suites.ARENA_JAPANESE), "MMLU-ProX",
            "Global-MMLU", "MGSM", "MMLU-Pro", "MMLU"), List.of("multilingual"), null),
    FINE_TUNING("a base for fine-tuning", with(List.of(), "MMLU-Pro", "MMLU"), List.of(), null),
    RAG("retrieval-augmented generation", with(List.of(Suites.ARENA_TEXT, Suites.BFCL, Suites.OPEN_LLM), "MMLU-Pro", "IFEval", "MMLU"),
            List.of("tools", "chat"), null);

    /** The common-protocol suites in the catalog (their figures carry {@code protocol:}). */
    static final class Suites {
        static final Suite AIDER = Suite.common("Aider polyglot", "aider-polyglot",
                "Aider's polyglot leaderboard: 225 Exercism exercises in C++, Go, Java, JavaScript, Python and Rust, "
                        + "two tries, percent solved; one harness for every model");
        static final Suite SWE_BASH_ONLY = Suite.common("SWE-bench Verified", "swe-bench-bash-only",
                "SWE-bench Verified, bash-only leaderboard: the same minimal agent (mini-SWE-agent) for every model, "
                        + "percent of 500 GitHub issues resolved");
        static final Suite BIGCODEBENCH = Suite.common("BigCodeBench", "bigcodebench",
                "BigCodeBench's leaderboard (data of 2025-04-17): 1,140 Python tasks that call 139 libraries, each task stated in "
                        + "plain words (the instruct split), one harness, greedy pass@1; it ran models up to early 2025");
        static final Suite BFCL = Suite.common("BFCL", "bfcl-v4",
                "Berkeley Function-Calling Leaderboard V4: one harness scores single, parallel and multi-turn calls, "
                        + "web search and memory; overall accuracy, the better of a model's FC and prompt modes");
        static final Suite EUROEVAL = Suite.common("EuroEval European", "euroeval",
                "EuroEval's European leaderboard: one harness runs every model on the same datasets in 30 European languages "
                        + "(understanding, knowledge, reasoning, summarization); per dataset a rank score that starts at 1 for the "
                        + "best model and grows by each significant gap in standard deviations, averaged over tasks and languages; "
                        + "lower is better");
        static final Suite OPEN_LLM = Suite.common("Open LLM Leaderboard v2", "open-llm-leaderboard-v2",
                "Hugging Face's Open LLM Leaderboard v2 (no longer updated; owl reads its data of 2025-03-21): one "
                        + "lm-evaluation-harness setup runs IFEval, BBH, MATH Lvl 5, GPQA, MuSR and MMLU-Pro for every model; the "
                        + "average of the six scores, each rescaled so random guessing is 0");
        static final Suite ARENA_WEBDEV = Suite.common("LMArena WebDev", "lmarena-webdev",
                "LMArena WebDev arena: people vote between the web apps two anonymous models build from one prompt; "
                        + "Bradley-Terry score as LMArena's post of 2025-03-06 lists it");
        static final Suite ARENA_TEXT = arena("LMArena text", "all text battles");
        static final Suite ARENA_HARD = arena("LMArena text hard prompts", "battles on prompts LMArena tags as hard");
        static final Suite ARENA_MATH = arena("LMArena text math", "battles on math prompts");
        static final Suite ARENA_CODING = arena("LMArena text coding", "battles on coding prompts");
        static final Suite ARENA_CHINESE = arena("LMArena text Chinese", "battles in Chinese");
        static final Suite ARENA_GERMAN = arena("LMArena text German", "battles in German");
        static final Suite ARENA_JAPANESE = arena("LMArena text Japanese", "battles in Japanese");
        static final Suite ARENA_VISION = Suite.common("LMArena vision", "lmarena-vision",
                "LMArena vision arena: people vote between two anonymous models' answers about an image; Elo-style rating "
                        + "with style control, all vision battles");

        private static Suite arena(String benchmark, String which) {
            return Suite.common(benchmark, "lmarena-text", "LMArena text arena: people vote between two anonymous models' "
                    + "answers; Elo-style rating with style control, " + which);
        }
    }

    /** The common-protocol suites first, then the named vendor-reported figures. */
    private static List<Suite> with(List<Suite> common, String... vendor) {
        List<Suite> out = new java.util.ArrayList<>(common);
        out.addAll(vendor(vendor));
        return List.copyOf(out);
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
