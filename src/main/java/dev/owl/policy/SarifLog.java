package dev.owl.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.ArrayList;
import java.util.List;

/**
 * The SARIF 2.1.0 log of a check, for code scanning: one run, every rule, one result per finding. SARIF spells
 * its keys in camelCase and has no nulls, so these records say so themselves.
 */
@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SarifLog(@JsonProperty("$schema") String schema, String version, List<Run> runs) {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Run(Tool tool, List<Result> results) {}

    public record Tool(Driver driver) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Driver(String name, String version, List<ReportingDescriptor> rules) {}

    @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReportingDescriptor(String id, Text shortDescription, Text fullDescription, Text help) {}

    public record Text(String text) {}

    @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(String ruleId, int ruleIndex, String level, Text message, List<Location> locations) {}

    @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
    public record Location(PhysicalLocation physicalLocation) {}

    @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
    public record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {}

    public record ArtifactLocation(String uri) {}

    @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
    public record Region(int startLine, int startColumn) {}

    /** The log of a check's result. */
    public static SarifLog of(CheckResult r) {
        List<ReportingDescriptor> rules = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            rules.add(new ReportingDescriptor(rule.id(), new Text(rule.id().replace('-', ' ')), new Text(rule.explanation()), new Text(rule.explanation())));
        }
        List<Result> results = r.findings().stream().map(SarifLog::result).toList();
        return new SarifLog(SCHEMA, "2.1.0", List.of(new Run(new Tool(new Driver("owl", r.version(), rules)), results)));
    }

    private static Result result(Finding f) {
        Reference ref = f.reference();
        List<Location> locations = ref.file() == null ? null : List.of(new Location(new PhysicalLocation(
                new ArtifactLocation(ref.file().replace('\\', '/')), new Region(ref.line(), ref.column()))));
        return new Result(f.rule().id(), f.rule().ordinal(), f.severity().key(),
                new Text(f.message() + (f.help() == null ? "" : " Help: " + f.help())), locations);
    }
}
