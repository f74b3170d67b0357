package dev.owl.fit;

import dev.owl.fit.TrainingPlan.Method;
import dev.owl.fit.TrainingPlan.Optimizer;
import java.util.ArrayList;
import java.util.List;

/** What a training-memory estimate rests on, each with its source: said once, under the table and in the JSON. */
final class TrainingAssumptions {
    private TrainingAssumptions() {}

    static List<String> of(TrainingPlan plan, TrainingCounts c, int devices) {
        List<String> out = new ArrayList<>();
        out.add(method(plan.method()));
        if (plan.method().adapters()) {
            out.add("adapters: LoRA (arXiv 2106.09685) on every linear projection of each transformer block (q, k, v, o, gate, "
                    + "up, down; in an MoE every expert's three), as the QLoRA paper found necessary to match full "
                    + "fine-tuning; not the embeddings or the output layer. Rank × (in + out) parameters per projection"
                    + (c.approx() ? "; approx for this model (shared experts, latent or linear attention, or counts the "
                            + "catalog marks approximate are not exactly covered)" : ""));
        }
        out.add(optimizer(plan.optimizer()));
        out.add("activations (approx): 34 bytes per token per layer per unit of hidden size, Korthikanti et al. (arXiv "
                + "2205.05198) for a 16-bit GPT block whose s×s attention scores are not stored (FlashAttention/SDPA); "
                + "tokens = seq-len × micro-batch. Wider SwiGLU MLPs store more, so real figures run higher"
                + (plan.gradientCheckpointing() ? ". Gradient checkpointing (the paper's full recomputation) keeps "
                        + "2 bytes per token per layer per hidden unit (each layer's input) plus one layer's activations "
                        + "while it is recomputed" : ". Without --gradient-checkpointing every layer's activations are kept"));
        out.add("logits (approx): one fp32 copy (4 bytes per token per vocabulary entry) for the loss; fused cross-entropy "
                + "kernels keep far less, unfused ones transiently more");
        out.add("overhead: 1 GiB per device for the CUDA context and allocator, as fit assumes; fragmentation can add more. "
                + "Not counted: a step's temporary buffers (dequantized 4-bit weights, gathered shards, optimizer update "
                + "temporaries) and paged optimizers moving states to CPU RAM");
        if (devices > 1) {
            out.add(devices + " devices: weights, gradients and optimizer states sharded evenly (FSDP full shard / DeepSpeed "
                    + "ZeRO-3, arXiv 1910.02054), each device running its own micro-batch; plain data parallelism (DDP) "
                    + "keeps a full copy on every device and needs the single-device total on each");
        }
        if (c.experts() > 1) {
            out.add("mixture of experts: memory follows the total parameters (every expert is stored"
                    + (plan.method() == Method.FULL ? " and gets gradients and optimizer states" : " and, with LoRA, adapted")
                    + "), compute follows the active ones: a small active count makes each training token cheaper, "
                    + "not the training memory smaller");
        }
        out.add("compute: ≈ 6 × active parameters FLOPs per token for full training (forward 2, backward 4; Kaplan et al., "
                + "arXiv 2001.08361); ≈ 4 × with LoRA/QLoRA (no gradients for the frozen weights); gradient checkpointing "
                + "adds one forward pass (2 ×); attention's s² term is left out");
        return out;
    }

    private static String method(Method m) {
        return switch (m) {
            case FULL -> "full fine-tuning in mixed precision: bf16 weights and gradients, an fp32 master copy and fp32 "
                    + "optimizer states; with AdamW 2 + 2 + 4 + 4 + 4 = 16 bytes per parameter (ZeRO, arXiv 1910.02054)";
            case LORA -> "LoRA: the bf16 base weights are frozen (no gradients, no optimizer states); adapters, their "
                    + "gradients and optimizer states are fp32 (PEFT's default), so they need no separate master copy";
            case QLORA -> "QLoRA (arXiv 2305.14314): the frozen base in 4-bit NF4 with double quantization, 4.127 bits per "
                    + "weight with its quantization constants (an 8-bit scale per 64 weights, a 32-bit scale per 256 "
                    + "scales); embeddings and the output layer stay bf16 as bitsandbytes leaves them; adapters as in LoRA "
                    + "(fp32, PEFT's default)";
        };
    }

    private static String optimizer(Optimizer o) {
        return switch (o) {
            case ADAMW -> "AdamW: two fp32 moments per trainable parameter, 8 bytes (ZeRO's 12 bytes of optimizer state "
                    + "count these with the fp32 master copy)";
            case ADAMW_8BIT -> "8-bit AdamW (bitsandbytes, arXiv 2110.02861): both moments in 8 bits, block-wise quantized "
                    + "with a 32-bit absmax per 2,048 values: ≈ 2 bytes per trainable parameter";
            case ADAFACTOR -> "Adafactor (arXiv 1804.04235) without momentum (its default): one fp32 accumulator per row and "
                    + "per column of each weight matrix instead of one per weight; vectors' full accumulators are small "
                    + "and left out";
        };
    }
}
