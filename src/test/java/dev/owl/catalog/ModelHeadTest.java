package dev.owl.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ModelHead#DEFAULT_ORDER}, written out as a class, orders as the comparator chain it replaced. */
class ModelHeadTest {
    private static final Comparator<ModelHead> CHAIN = Comparator.comparing(ModelHead::family)
            .thenComparing(ModelHead::releaseDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ModelHead::paramsTotalB, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ModelHead::id);

    @Test
    void theDefaultOrderIsFamilyThenDateThenSizeThenIdWithUnknownsLast() {
        List<ModelHead> heads = new ArrayList<>();
        LocalDate[] dates = {null, LocalDate.of(2024, 7, 23), LocalDate.of(2025, 1, 2)};
        Double[] sizes = {null, 8.0, 70.6};
        int n = 0;
        for (String family : List.of("qwen", "llama")) {
            for (LocalDate date : dates) {
                for (Double size : sizes) {
                    for (String id : List.of("b-" + n, "a-" + n)) {
                        heads.add(head(id, family, date, size));
                    }
                    n++;
                }
            }
        }
        heads.add(head("a-0", "qwen", null, null)); // a tie on every key
        for (ModelHead a : heads) {
            for (ModelHead b : heads) {
                assertThat(Integer.signum(ModelHead.DEFAULT_ORDER.compare(a, b))).as("%s vs %s", a, b)
                        .isEqualTo(Integer.signum(CHAIN.compare(a, b)));
            }
        }
        assertThat(heads.stream().sorted(ModelHead.DEFAULT_ORDER).toList()).isEqualTo(heads.stream().sorted(CHAIN).toList());
    }

    private static ModelHead head(String id, String family, LocalDate date, Double size) {
        return new ModelHead(id, id, List.of(), family, "vendor", ModelStatus.RELEASED, date, List.of(), List.of(), "mit", size, null,
                null, new Modalities(List.of("text"), List.of("text")), List.of(), "test");
    }
}
