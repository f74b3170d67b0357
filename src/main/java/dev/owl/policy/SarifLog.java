package dev.owl.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.owl.input.Diagnostic;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The SARIF 2.1.0 log of a check, for code scanning: one run, every rule with its help, one result per finding
 * with its location relative to the source root ({@code %SRCROOT%}, the directory owl runs in) and a fingerprint
 * that does not depend on the line, so an alert survives lines moving. A check that could not run (an invalid
 * policy) is a log without results and with the error as a tool execution notification. SARIF spells its keys
 * in camelCase and has no nulls, so these records say so themselves.
 */
@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SarifLog(@JsonProperty("$schema") String schema, String version, List<Run> runs) {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** The base of every artifact URI: the source root, which code scanning maps to the checkout. */
    static final String SRCROOT = "%SRCROOT%";
    /** The partial fingerprint's name; its value hashes the rule, the file, the reference and its rank in the file. */
    static final String FINGERPRINT = "owlReference/v1";

    @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Run(Tool tool, List<Invocation> invocations, List<Result> results) {}

    public record Tool(Driver driver) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Driver(String name, String version, List<ReportingDescriptor> rules) {}

    @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReportingDescriptor(String id, Text shortDescription, Text fullDescription, String helpUri, Text help) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Text(String text, String markdown) {
        Text(String text) {
            this(text, null);
        }
    }

    @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Invocation(boolean executionSuccessful, List<Notification> toolExecutionNotifications) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Notification(String level, Text message, List<Location> locations) {}

    @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(String ruleId, int ruleIndex, String level, Text message, List<Location> locations,
            Map<String, String> partialFingerprints) {}

    @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
    public record Location(PhysicalLocation physicalLocation) {}

    @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {}

    @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ArtifactLocation(String uri, String uriBaseId) {}

    @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Region(Integer startLine, Integer startColumn) {}

    /** The log of a check's result. */
    public static SarifLog of(CheckResult r) {
        Map<String, Integer> ranks = new HashMap<>();
        List<Result> results = r.findings().stream().map(f -> result(f, ranks)).toList();
        return new SarifLog(SCHEMA, "2.1.0", List.of(new Run(tool(r.version(), r.helpUri()), null, results)));
    }

    /** The log of a check that could not run: no results, the errors (e.g. in the policy file) as notifications. */
    public static SarifLog failure(List<Diagnostic> errors, String version) {
        List<Notification> notes = errors.stream().map(d -> new Notification("error",
                new Text(d.message() + (d.hint() == null ? "" : " Help: " + d.hint())),
                d.file() == null ? null : List.of(new Location(new PhysicalLocation(artifact(d.file()),
                        d.line() > 0 ? new Region(d.line(), d.column() > 0 ? d.column() : null) : null))))).toList();
        return new SarifLog(SCHEMA, "2.1.0", List.of(new Run(tool(version, null), List.of(new Invocation(false, notes)), List.of())));
    }

    /** Every rule; {@code helpUri} (the policy's {@code sarif: help_uri:}, else null and left out) is each rule's link. */
    private static Tool tool(String version, String helpUri) {
        List<ReportingDescriptor> rules = new ArrayList<>();
        String section = helpUri == null ? "*The license gate*"
                : "[The license gate](" + helpUri.replace("(", "%28").replace(")", "%29") + ")";
        for (Rule rule : Rule.values()) {
            rules.add(new ReportingDescriptor(rule.id(), new Text(rule.id().replace('-', ' ')), new Text(rule.explanation()), helpUri,
                    new Text(rule.explanation(), "**" + rule.id() + "**: " + rule.explanation() + "\n\n"
                            + "`owl license check --explain " + rule.id() + "` explains it; the README's section "
                            + section + " describes the policy file, exceptions and `--strict`.")));
        }
        return new Tool(new Driver("owl", version, rules));
    }

    private static Result result(Finding f, Map<String, Integer> ranks) {
        Reference ref = f.reference();
        List<Location> locations = null;
        String where = "(argument)";
        if (ref.file() != null) {
            ArtifactLocation artifact = artifact(ref.file());
            where = artifact.uri();
            locations = List.of(new Location(new PhysicalLocation(artifact, ref.positioned() ? new Region(ref.line(), ref.column()) : null)));
        }
        String key = f.rule().id() + "\u0000" + where + "\u0000" + ref.text();
        int rank = ranks.merge(key, 1, Integer::sum);
        return new Result(f.rule().id(), f.rule().ordinal(), f.severity().key(),
                new Text(f.message() + (f.help() == null ? "" : " Help: " + f.help())), locations,
                Map.of(FINGERPRINT, sha256(key + "\u0000" + rank)));
    }

    /** A file as a URI relative to {@code %SRCROOT%} (the working directory) when it is under it, else an absolute file URI. */
    static ArtifactLocation artifact(String file) {
        Path p = Path.of(file).normalize();
        Path cwd = Path.of("").toAbsolutePath();
        if (p.isAbsolute() && p.startsWith(cwd)) {
            p = cwd.relativize(p);
        }
        if (p.isAbsolute() || p.startsWith("..")) {
            return new ArtifactLocation(p.toAbsolutePath().normalize().toUri().toString(), null);
        }
        try {
            return new ArtifactLocation(new URI(null, null, p.toString().replace('\\', '/'), null).getRawPath(), SRCROOT);
        } catch (URISyntaxException e) {
            return new ArtifactLocation(p.toAbsolutePath().toUri().toString(), null);
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
