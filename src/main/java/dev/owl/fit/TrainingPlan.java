package dev.owl.fit;

import dev.owl.input.UsageException;
import java.util.Arrays;
import java.util.Locale;

/**
 * What {@code owl fit MODEL --train …} sizes: the method, the LoRA rank (ignored for full fine-tuning), tokens per
 * sequence and sequences per micro-batch on each device, the optimizer, and whether gradient checkpointing is on.
 */
public record TrainingPlan(Method method, int rank, int seqLen, int microBatch, Optimizer optimizer, boolean gradientCheckpointing) {
    public static final int DEFAULT_RANK = 16;
    public static final int DEFAULT_SEQ_LEN = 2048;

    /** How the model is trained: adapters on a bf16 base, adapters on a 4-bit base, or every weight. */
    public enum Method {
        LORA, QLORA, FULL;

        /** As typed and as written in JSON: {@code lora}, {@code qlora}, {@code full}. */
        public String key() {
            return TrainingPlan.key(this);
        }

        public String label() {
            return switch (this) {
                case LORA -> "LoRA";
                case QLORA -> "QLoRA";
                case FULL -> "full fine-tuning";
            };
        }

        public boolean adapters() {
            return this != FULL;
        }

        /**
         * Training FLOPs per token in units of active parameters: forward 2 and backward 4 for full training (Kaplan et
         * al., arXiv 2001.08361); adapters skip the frozen weights' gradients (backward 2); recomputation adds a forward.
         */
        public int flopsPerToken(boolean gradientCheckpointing) {
            return (this == FULL ? 6 : 4) + (gradientCheckpointing ? 2 : 0);
        }

        public static Method parse(String typed) {
            return TrainingPlan.parse(values(), typed, "training method");
        }
    }

    /** The optimizer whose states are counted. */
    public enum Optimizer {
        ADAMW, ADAMW_8BIT, ADAFACTOR;

        /** As typed and as written in JSON: {@code adamw}, {@code adamw-8bit}, {@code adafactor}. */
        public String key() {
            return TrainingPlan.key(this);
        }

        public String label() {
            return switch (this) {
                case ADAMW -> "AdamW";
                case ADAMW_8BIT -> "8-bit AdamW";
                case ADAFACTOR -> "Adafactor";
            };
        }

        public static Optimizer parse(String typed) {
            return TrainingPlan.parse(values(), typed, "optimizer");
        }
    }

    /** Tokens in one micro-batch on one device. */
    public long tokens() {
        return (long) seqLen * microBatch;
    }

    private static String key(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The choice a user typed; a usage error naming every choice otherwise. */
    private static <E extends Enum<E>> E parse(E[] choices, String typed, String what) {
        String k = typed.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(choices).filter(c -> key(c).equals(k)).findFirst()
                .orElseThrow(() -> new UsageException("unknown " + what + " '" + typed + "'",
                        "use " + String.join(", ", Arrays.stream(choices).map(TrainingPlan::key).toList())));
    }
}
