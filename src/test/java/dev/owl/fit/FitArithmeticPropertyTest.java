package dev.owl.fit;

import dev.owl.input.UsageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 17's property test of fit's arithmetic: a seeded loop over random shapes, contexts, batches, formats and
 * bandwidths, up to the CLI's bounds (2^31−1 tokens, 4096 sequences, 4096 devices). Totals are positive and the sum of
 * their parts (no overflow), more context or batch never costs less memory, more bandwidth never gives less speed;
 * where a size is beyond 1 EiB the calculator refuses with {@link UsageException}, never a negative number.
 */
class FitArithmeticPropertyTest {
    private static final long SEED = 20261202L;
    private static final int CASES = 5_000;
    private final FitCalculator calc = new FitCalculator();

    @Test
    void totalsArePositiveSumsAndMonotoneInContextBatchAndBandwidth() {
        Random r = new Random(SEED);
        List<Quantization> formats = List.of(Quantization.values());
        int refused = 0;
        for (int i = 0; i < CASES; i++) {
            ModelShape m = shape(r);
            Quantization q = formats.get(r.nextInt(formats.size()));
            KvQuant kv = KvQuant.values()[r.nextInt(KvQuant.values().length)];
            int context = 1 + r.nextInt(r.nextBoolean() ? 1 << 20 : Integer.MAX_VALUE);
            int batch = 1 + r.nextInt(r.nextBoolean() ? 8 : 4096);
            int devices = 1 + r.nextInt(r.nextBoolean() ? 8 : 4096);
            double bandwidth = 1 + r.nextDouble() * 20_000;
            Hardware hw = Hardware.custom(1 + r.nextDouble() * 1_000_000, bandwidth, devices);
            String why = m + " " + q + " " + kv + " ctx " + context + " batch " + batch + " devices " + devices;
            FitEstimate e;
            try {
                e = calc.estimate(m, q, context, batch, kv, hw, false, null);
            } catch (UsageException tooLarge) {
                refused++;
                continue;
            }
            long kvBytes = e.kvCacheBytes() == null ? 0 : e.kvCacheBytes();
            assertThat(e.totalBytes()).as(why).isPositive().isEqualTo(e.weightsBytes() + kvBytes + e.overheadBytes());
            assertThat(e.weightsBytes()).as(why).isPositive();
            assertThat(kvBytes).as(why).isNotNegative();

            int longer = context == Integer.MAX_VALUE ? context : context + 1 + r.nextInt(Integer.MAX_VALUE - context);
            assertNotLess(() -> calc.estimate(m, q, longer, batch, kv, hw, false, null), e.totalBytes(), why + " → ctx " + longer);
            int bigger = Math.min(4096, batch * 2);
            assertNotLess(() -> calc.estimate(m, q, context, bigger, kv, hw, false, null), e.totalBytes(), why + " → batch " + bigger);

            if (e.decodeTokensPerSecond() != null) {
                assertThat(e.decodeTokensPerSecond()).as(why).isPositive().isFinite();
                Hardware faster = Hardware.custom(hw.memoryBytesEach() / (1024.0 * 1024 * 1024), bandwidth * (1 + r.nextDouble()), devices);
                FitEstimate f = calc.estimate(m, q, context, batch, kv, faster, false, null);
                assertThat(f.decodeTokensPerSecond()).as(why + " with more bandwidth").isGreaterThanOrEqualTo(e.decodeTokensPerSecond());
            }
        }
        assertThat(refused).as("some cases reach the 1 EiB refusal, most do not").isBetween(1, CASES / 2);
    }

    @Test
    void theLargestContextAndBatchTheCliAcceptsIsRefusedNotNegative() {
        // Llama 3.1 405B: 126 layers × 8 KV heads × 128 dims × 2 × 2 bytes = 516,096 B per token; × (2^31−1) × 4096 ≈ 4.5e18 B
        ModelShape big = new ModelShape("llama-3.1-405b", 405.9, 405.9, false, 131072, 126, 8, 128, null, null, null, null, null, null, false);
        assertThatThrownBy(() -> calc.estimate(big, Quantization.BF16, Integer.MAX_VALUE, 4096, KvQuant.FP16, null, false, null))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("the KV cache of 2147483647 tokens × 4096 sequences would take more than 1 EiB");
    }

    private static void assertNotLess(java.util.function.Supplier<FitEstimate> more, long total, String why) {
        try {
            assertThat(more.get().totalBytes()).as(why).isGreaterThanOrEqualTo(total);
        } catch (UsageException beyond) {
            // more than 1 EiB is more, too
        }
    }

    /** A random transformer: dense or mixture, plain, sliding-window or latent attention, small to absurd. */
    private static ModelShape shape(Random r) {
        double total = 0.01 + r.nextDouble() * (r.nextBoolean() ? 100 : 5_000);
        boolean moe = r.nextInt(4) == 0;
        double active = moe ? total * (0.02 + r.nextDouble() * 0.5) : total;
        int layers = 1 + r.nextInt(r.nextBoolean() ? 128 : 2_000);
        int kvHeads = 1 + r.nextInt(128);
        int headDim = 16 * (1 + r.nextInt(32));
        Integer window = r.nextInt(3) == 0 ? 128 + r.nextInt(1 << 16) : null;
        Integer windowLayers = window == null ? null : r.nextInt(layers + 1);
        Integer kvLora = r.nextInt(6) == 0 ? 64 * (1 + r.nextInt(16)) : null;
        Integer rope = kvLora == null ? null : 64;
        return new ModelShape("random", total, active, false, 1 << 17, layers, kvHeads, headDim, window, windowLayers, null,
                null, kvLora, rope, moe);
    }
}
