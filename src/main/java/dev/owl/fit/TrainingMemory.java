package dev.owl.fit;

import dev.owl.catalog.Architecture;
import dev.owl.fit.TrainingPlan.Method;
import dev.owl.fit.TrainingPlan.Optimizer;
import dev.owl.input.UsageException;
import dev.owl.units.Quantities;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The memory a fine-tuning run needs, part by part: weights, adapters, gradients, optimizer states, fp32 master
 * weights, activations and logits, and the runtime allowance; with the compute per token beside it. Memory follows
 * the total parameters (every expert of an MoE is stored); compute follows the active ones.
 */
public final class TrainingMemory {
    /** NF4 with double quantization: 4 bits plus an 8-bit scale per 64 weights and a 32-bit scale per 256 scales. */
    static final double NF4_BITS = 4 + 8.0 / 64 + 32.0 / (64 * 256);
    /** Activation bytes per token, per layer, per unit of hidden size without the s² attention scores (2205.05198). */
    static final int ACTIVATION_BYTES = 34;
    /** With full recomputation a layer keeps only its 16-bit input (2205.05198). */
    static final int CHECKPOINT_BYTES = 2;
    /** bitsandbytes' 8-bit optimizer states: one 32-bit absmax per block of 2,048 values (2110.02861). */
    static final int BLOCK_8BIT = 2048;
    static final int LOGIT_BYTES = 4;
    /** The projections LoRA targets in each transformer block: attention, then each MLP's (every expert's) three. */
    static final List<String> TARGETS = List.of("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj");

    private TrainingMemory() {}

    /** The estimate for {@code shape} (with its catalog {@code architecture}, or null) on {@code hardware} (or null). */
    public static TrainingEstimate estimate(ModelShape shape, Architecture architecture, TrainingPlan plan, Hardware hardware) {
        TrainingCounts c = TrainingCounts.of(shape, architecture);
        int devices = hardware == null ? 1 : hardware.count();
        Double trainable = plan.method().adapters() ? c.adapters(plan.rank()) : c.params();
        List<TrainingRow> rows = new ArrayList<>();
        rows.add(weights(plan.method(), c));
        if (plan.method() == Method.FULL) {
            rows.add(row("master_weights", 4 * c.params(), false, "fp32 copy of " + billions(c.params()) + " parameters × 4 bytes"));
        } else {
            rows.add(row("adapters", trainable == null ? null : 4 * trainable, c.approx(),
                    adapterBasis(plan.rank(), c) + " × 4 bytes (fp32)"));
        }
        rows.add(plan.method() == Method.FULL
                ? row("gradients", 2 * c.params(), false, billions(c.params()) + " parameters × 2 bytes (bf16)")
                : row("gradients", trainable == null ? null : 4 * trainable, c.approx(), "adapter parameters × 4 bytes (fp32)"));
        rows.add(optimizer(plan, c, trainable));
        rows.add(activations(plan, c, devices));
        rows.add(row("logits", c.vocab() == null ? null : (double) devices * plan.tokens() * c.vocab() * LOGIT_BYTES, true,
                perDevice(devices, plan.tokens() + " tokens × " + (c.vocab() == null ? "?" : c.vocab()) + " vocabulary × 4 bytes (fp32)")));
        rows.add(row("overhead", (double) devices * FitCalculator.RUNTIME_ALLOWANCE_BYTES, true,
                (devices > 1 ? devices + " devices × " : "") + "1 GiB per device (CUDA context, allocator)"));
        long total = rows.stream().filter(r -> r.bytes() != null).mapToLong(TrainingRow::bytes).sum();
        boolean complete = rows.stream().allMatch(r -> r.bytes() != null);
        Long available = hardware == null ? null : hardware.availableBytes();
        Boolean fits = available == null ? null : total > available ? Boolean.FALSE : complete ? Boolean.TRUE : null;
        double flops = Math.round(plan.method().flopsPerToken(plan.gradientCheckpointing()) * c.active());
        TrainingEstimate draft = new TrainingEstimate(shape.id(), plan.method().key(), plan.optimizer().key(),
                plan.method().adapters() ? plan.rank() : null, plan.method().adapters() ? TARGETS : List.of(), plan.seqLen(),
                plan.microBatch(), plan.gradientCheckpointing(), shape.paramsTotalB(), shape.paramsActiveB(),
                trainable == null ? null : Math.round(trainable), rows, total, complete, hardware == null ? null : hardware.id(),
                hardware == null ? null : devices, available, total / devices, fits, flops,
                TrainingAssumptions.of(plan, c, devices), null);
        return withSummary(draft, plan, hardware);
    }

    private static TrainingRow weights(Method method, TrainingCounts c) {
        if (method != Method.QLORA) {
            return row("weights", 2 * c.params(), false, billions(c.params()) + " parameters × 2 bytes (bf16)");
        }
        if (c.embeddings() == null) {
            return row("weights", c.params() * NF4_BITS / 8, true, billions(c.params()) + " parameters × "
                    + Quantities.plain(Math.round(NF4_BITS * 1000) / 1000.0) + " bits (NF4 + quantization constants; "
                    + "embeddings not known, counted as 4-bit)");
        }
        double linear = c.params() - c.embeddings();
        return row("weights", linear * NF4_BITS / 8 + 2 * c.embeddings(), false, billions(linear) + " parameters × "
                + Quantities.plain(Math.round(NF4_BITS * 1000) / 1000.0) + " bits (NF4 + quantization constants) + "
                + billions(c.embeddings()) + " embedding/output parameters × 2 bytes (bf16)");
    }

    private static TrainingRow optimizer(TrainingPlan plan, TrainingCounts c, Double trainable) {
        Optimizer o = plan.optimizer();
        if (o == Optimizer.ADAFACTOR) {
            Double factored = plan.method().adapters() ? c.adapterFactored(plan.rank()) : c.fullFactored();
            return row("optimizer_states", factored == null ? null : 4 * factored, c.approx(),
                    "Adafactor: one fp32 row and one column accumulator per weight matrix ("
                            + (factored == null ? "?" : billions(factored)) + " values × 4 bytes)");
        }
        String what = plan.method().adapters() ? "adapter parameters" : billions(c.params()) + " parameters";
        if (o == Optimizer.ADAMW_8BIT) {
            return row("optimizer_states", trainable == null ? null : 2 * trainable + 2 * 4 * Math.ceil(trainable / BLOCK_8BIT),
                    plan.method().adapters() && c.approx(), "8-bit AdamW: " + what + " × 2 moments × 1 byte + a 4-byte absmax per "
                            + BLOCK_8BIT + " values");
        }
        return row("optimizer_states", trainable == null ? null : 8 * trainable, plan.method().adapters() && c.approx(),
                "AdamW: " + what + " × 2 moments × 4 bytes (fp32)");
    }

    private static TrainingRow activations(TrainingPlan plan, TrainingCounts c, int devices) {
        if (c.hidden() == null || c.layers() == null) {
            return row("activations", null, true, "needs the model's layers and hidden size");
        }
        double perToken = plan.gradientCheckpointing()
                ? (double) c.hidden() * (CHECKPOINT_BYTES * c.layers() + ACTIVATION_BYTES)
                : (double) c.hidden() * ACTIVATION_BYTES * c.layers();
        String basis = plan.tokens() + " tokens × " + c.hidden() + " hidden × " + (plan.gradientCheckpointing()
                ? "(2 bytes × " + c.layers() + " layers kept + 34 bytes for the layer being recomputed)"
                : "34 bytes × " + c.layers() + " layers");
        return row("activations", devices * plan.tokens() * perToken, true, perDevice(devices, basis));
    }

    private static String adapterBasis(int rank, TrainingCounts c) {
        if (c.hidden() == null || c.layers() == null) {
            return "rank × (in + out) per projection: needs the model's layers and hidden size";
        }
        return rank + " × (" + c.matrices() + " projections × " + c.hidden() + " + " + billions(c.params() - c.embeddingsOrZero())
                + " ÷ " + c.hidden() + ") = " + billions(c.adapters(rank)) + " parameters";
    }

    private static String perDevice(int devices, String basis) {
        return devices > 1 ? devices + " devices × " + basis : basis;
    }

    private static TrainingRow row(String component, Double bytes, boolean approx, String basis) {
        if (bytes != null && bytes > FitCalculator.MAX_BYTES) {
            throw new UsageException("the " + component.replace('_', ' ') + " alone would exceed 1 EiB",
                    "use a shorter --seq-len or a smaller --micro-batch");
        }
        return new TrainingRow(component, bytes == null ? null : Math.round(bytes), approx, basis);
    }

    /** 8.03B, 41.9M: parameters in the unit people read. */
    static String billions(double count) {
        return count >= 1e9 ? Quantities.plain(Math.round(count / 1e7) / 100.0) + "B"
                : Quantities.plain(Math.round(count / 1e4) / 100.0) + "M";
    }

    private static TrainingEstimate withSummary(TrainingEstimate e, TrainingPlan plan, Hardware hw) {
        StringBuilder s = new StringBuilder(e.model()).append(": ").append(plan.method().label());
        if (plan.method().adapters()) {
            s.append(" rank ").append(plan.rank());
        }
        s.append(", ").append(plan.optimizer().label()).append(", ").append(plan.seqLen()).append(" tokens × micro-batch ")
                .append(plan.microBatch()).append(plan.gradientCheckpointing() ? ", gradient checkpointing" : "")
                .append(": ").append(e.totalComplete() ? "~" : "at least ~").append(Quantities.gib(e.totalBytes()));
        if (hw != null) {
            s.append(" on ").append(hw.id()).append(hw.count() > 1 ? " ×" + hw.count() : "").append(" (")
                    .append(Quantities.gib(e.availableBytes())).append(" usable): ")
                    .append(e.fits() == null ? "fit unknown" : e.fits() ? "fits" : "does not fit");
        }
        s.append(String.format(Locale.ROOT, ". Compute ≈ %.1f GFLOPs per training token (%s × %s active parameters).",
                e.flopsPerToken() / 1e9, Quantities.plain(plan.method().flopsPerToken(plan.gradientCheckpointing())),
                billions(e.paramsActiveB() * 1e9)));
        return new TrainingEstimate(e.model(), e.method(), e.optimizer(), e.rank(), e.targetModules(), e.seqLen(), e.microBatch(),
                e.gradientCheckpointing(), e.paramsTotalB(), e.paramsActiveB(), e.trainableParams(), e.rows(), e.totalBytes(),
                e.totalComplete(), e.gpu(), e.gpuCount(), e.availableBytes(), e.perDeviceBytes(), e.fits(), e.flopsPerToken(),
                e.assumptions(), s.toString());
    }
}
