package dev.owl.cli;

import dev.owl.fit.TrainingPlan;
import dev.owl.input.UsageException;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code fit}'s training options: {@code --train} and what only goes with it, checked against the inference ones. */
final class TrainingOptions {
    /** Options that only size training, and options of inference sizing that --train does not take. */
    private static final List<String> TRAINING_ONLY = List.of("--rank", "--seq-len", "--micro-batch", "--optimizer",
            "--gradient-checkpointing");
    private static final List<String> INFERENCE_ONLY = List.of("--quant", "--context", "--kv-quant", "--batch", "--offload",
            "--runtime", "--list-gpus");

    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec mixee;

    @Option(names = "--train", paramLabel = "METHOD", completionCandidates = Methods.class, description = "Size fine-tuning instead of inference: lora, qlora or "
            + "full (weights, adapters, gradients, optimizer states, activations, each a row).")
    String train;

    @Option(names = "--rank", paramLabel = "R", converter = Values.Positive.class,
            description = "LoRA rank with --train lora|qlora (1 to 4096; default: 16).")
    Integer rank;

    @Option(names = "--seq-len", paramLabel = "TOKENS", converter = Values.Tokens.class,
            description = "Tokens per training sequence with --train, e.g. 2048 or 4K (binary: K = 1024; default: 2048).")
    Integer seqLen;

    @Option(names = "--micro-batch", paramLabel = "B", converter = Values.Positive.class,
            description = "Sequences per device in one step with --train (1 to 4096; default: 1).")
    Integer microBatch;

    @Option(names = "--optimizer", paramLabel = "OPT", completionCandidates = Optimizers.class, description = "With --train: adamw, adamw-8bit or adafactor (default: adamw).")
    String optimizer;

    @Option(names = "--gradient-checkpointing", description = "With --train: keep only each layer's input and recompute the rest "
            + "in the backward pass (less memory, one more forward pass).")
    boolean gradientCheckpointing;

    /** The training plan when --train is given (null otherwise); options that do not go with it are usage errors. */
    TrainingPlan plan(boolean modelGiven) {
        picocli.CommandLine.ParseResult typed = mixee == null ? null : mixee.commandLine().getParseResult();
        List<String> given = typed == null ? List.of() : (train == null ? TRAINING_ONLY : INFERENCE_ONLY).stream()
                .filter(typed::hasMatchedOption).toList();
        if (train == null) {
            if (!given.isEmpty()) {
                throw new UsageException(given.get(0) + " sizes training and needs --train", "add --train lora, qlora or full");
            }
            return null;
        }
        if (!given.isEmpty()) {
            throw new UsageException(given.get(0) + " sizes inference and does not apply to --train",
                    "leave it out, or drop --train to size inference");
        }
        TrainingPlan.Method method = TrainingPlan.Method.parse(train);
        if (method == TrainingPlan.Method.FULL && rank != null) {
            throw new UsageException("--rank is the LoRA rank; --train full trains every weight", "use --train lora or qlora");
        }
        if (!modelGiven) {
            throw new UsageException("--train sizes fine-tuning of one model", "name it: owl fit MODEL --train " + method.key());
        }
        return new TrainingPlan(method, rank == null ? TrainingPlan.DEFAULT_RANK : rank,
                seqLen == null ? TrainingPlan.DEFAULT_SEQ_LEN : seqLen, microBatch == null ? 1 : microBatch,
                optimizer == null ? TrainingPlan.Optimizer.ADAMW : TrainingPlan.Optimizer.parse(optimizer), gradientCheckpointing);
    }

    /** Training methods, as typed. */
    static final class Methods implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(TrainingPlan.Method.values()).map(TrainingPlan.Method::key).iterator();
        }
    }

    /** Optimizers, as typed. */
    static final class Optimizers implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(TrainingPlan.Optimizer.values()).map(TrainingPlan.Optimizer::key).iterator();
        }
    }
}
