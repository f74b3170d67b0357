package dev.owl.query;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.owl.catalog.Deployment;
import dev.owl.catalog.Source;
import java.time.LocalDate;
import java.util.List;

/**
 * One model as {@code show} reports it: the documented model object, and the hosted offers still served
 * ({@code hosted}), the JSON of the "Run it" section's hosted lines.
 */
public record ModelDetail(@JsonUnwrapped ModelSummary model, List<Offer> hosted) {
    public ModelDetail {
        hosted = List.copyOf(hosted);
    }

    /** One hosted offer as {@code catalog/deployments.yaml} records it; unknown values are null. */
    public record Offer(String provider, List<String> providerModelIds, String status, LocalDate retires, List<String> regions,
            boolean euResidency, Integer contextTokens, String quantization, Deployment.Price price, List<String> notes, Source source) {
        public static Offer of(Deployment d) {
            return new Offer(d.provider(), d.providerModelIds(), d.status(), d.retires(), d.regions(), d.euResidency(),
                    d.contextTokens(), d.quantization(), d.price(), d.notes(), d.source());
        }
    }

    public static ModelDetail of(ModelSummary model, List<Deployment> offers) {
        return new ModelDetail(model, offers.stream().map(Offer::of).toList());
    }
}
