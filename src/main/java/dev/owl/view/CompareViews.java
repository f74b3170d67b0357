package dev.owl.view;

import dev.owl.catalog.Model;
import dev.owl.query.Comparison;
import dev.owl.query.Lineup;
import dev.owl.render.Column;
import dev.owl.render.Units;
import dev.owl.render.View;
import java.util.ArrayList;
import java.util.List;

/** How {@code owl compare} lays out its results for people: attributes by models, and tiers by families. */
public final class CompareViews {
    private CompareViews() {}

    /** One row per attribute, one column per model; the best value of a ranked row stands out; '≠' marks mixed settings. */
    public static View<Comparison.Row> models(List<String> ids) {
        List<Column<Comparison.Row>> columns = new ArrayList<>();
        columns.add(Column.<Comparison.Row>text("ATTRIBUTE", r -> r.attribute() + (r.comparable() ? "" : " ≠")).truncate());
        for (int i = 0; i < ids.size(); i++) {
            int model = i;
            columns.add(Column.<Comparison.Row>text(ids.get(i), r -> text(r, r.cells().get(model)))
                    .values(r -> r.cells().get(model).number() != null ? r.cells().get(model).number() : text(r, r.cells().get(model)))
                    .approx(r -> r.cells().get(model).approx())
                    .emphasize(r -> r.bestIndexes().contains(model)).answer()); // a model named is never left out
        }
        return new View<>(columns);
    }

    /** One row per tier, one column per family: each model with its size, context and license class. */
    public static View<Lineup.Tier> families(List<String> families) {
        List<Column<Lineup.Tier>> columns = new ArrayList<>();
        columns.add(Column.<Lineup.Tier>text("TIER", t -> t.tier() + " (" + t.range() + ")").truncate());
        for (int i = 0; i < families.size(); i++) {
            int family = i;
            columns.add(Column.<Lineup.Tier>text(families.get(i), t -> {
                List<String> texts = t.values().get(family).models().stream().map(CompareViews::entry).toList();
                return texts.isEmpty() ? "—" : String.join("; ", texts);
            }).answer());
        }
        return new View<>(columns);
    }

    private static String entry(Lineup.Entry e) {
        Model m = e.model();
        String active = m.paramsActiveB() != null && !m.paramsActiveB().equals(m.paramsTotalB())
                ? "/" + Units.params(m.paramsActiveB(), m.isApprox("params_active_b")) + " active" : "";
        return m.id() + " (" + ModelViews.totalParams(m) + active + ", " + ModelViews.context(m) + ", " + e.licenseClass() + ")";
    }

    private static String text(Comparison.Row row, Comparison.Cell c) {
        if (c.number() == null) {
            return c.text() == null ? "" : c.text();
        }
        String prefix = c.approx() ? "~" : "";
        if (row.attribute().equals("context")) {
            return prefix + Units.tokens(c.number().intValue());
        }
        if (row.attribute().startsWith("params")) {
            return Units.params(c.number(), c.approx());
        }
        String score = prefix + Units.plain(c.number());
        return c.setting() == null ? score : score + " (" + c.setting() + ")";
    }
}
