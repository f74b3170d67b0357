package dev.owl.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link WhatFits.BestFirst}, written out as a class, orders as the comparator chain it replaced, ties and zeros included. */
class WhatFitsOrderTest {
    private static final Comparator<WhatFits.Candidate> CHAIN = Comparator.comparingDouble((WhatFits.Candidate c) -> -c.quality())
            .thenComparingDouble(c -> -c.paramsTotalB()).thenComparing(c -> c.fit().model());

    private static WhatFits.Candidate candidate(String model, double params, double quality) {
        FitRow row = new FitRow(model, "q4_k_m", 4.8, 8192, 1, "fp16", 1, 1L, 1, 3, "rtx-4090", 1, 24L, true, 0, 10.0,
                "llama.cpp", null, null, null, null, List.of(), null);
        return new WhatFits.Candidate(row, params, false, quality);
    }

    @Test
    void everyPairComparesAsTheChainDid() {
        List<WhatFits.Candidate> all = new ArrayList<>();
        String[] models = {"a-7b", "b-7b", "qwen3-32b"};
        double[] params = {0.0, 7.0, 7.0, 32.5};
        double[] qualities = {0.0, -0.0, 0.41, 0.41, 0.9, Double.NaN};
        for (String m : models) {
            for (double p : params) {
                for (double q : qualities) {
                    all.add(candidate(m, p, q));
                }
            }
        }
        WhatFits.BestFirst order = new WhatFits.BestFirst();
        for (WhatFits.Candidate a : all) {
            for (WhatFits.Candidate b : all) {
                assertThat(Integer.signum(order.compare(a, b))).as(a + " vs " + b).isEqualTo(Integer.signum(CHAIN.compare(a, b)));
            }
        }
    }
}
