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
        LORA("lora", "LoRA"), QLORA("qlora", "QLoRA"), FULL("full", "full fine-tuning");

        private final String key;
        private final String label;

        Method(String key, String label) {
            this.key = key;
            this.label = label;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
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

        /** The method a user typed; a usage error naming the choices otherwise. */
        public static Method parse(String typed) {
            return Arrays.stream(values()).filter(m -> m.key.equals(typed.strip().toLowerCase(Locale.ROOT))).findFirst()
                    .orElseThrow(() -> new UsageException("unknown training method '" + typed + "'", "use lora, qlora or full"));
        }
    }

    /** The optimizer whose states are counted. */
    public enum Optimizer {
        ADAMW("adamw", "AdamW"), ADAMW_8BIT("adamw-8bit", "8-bit AdamW"), ADAFACTOR("adafactor", "Adafactor");

        private final String key;
        private final String label;

        Optimizer(String key, String label) {
            this.key = key;
            this.label = label;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        /** The optimizer a user typed; a usage error naming the choices otherwise. */
        public static Optimizer parse(String typed) {
            return Arrays.stream(values()).filter(o -> o.key.equals(typed.strip().toLowerCase(Locale.ROOT))).findFirst()
                    .orElseThrow(() -> new UsageException("unknown optimizer '" + typed + "'", "use adamw, adamw-8bit or adafactor"));
        }
    }

    /** Tokens in one micro-batch on one device. */
    public long tokens() {
        return (long) seqLen * microBatch;
    }
}
