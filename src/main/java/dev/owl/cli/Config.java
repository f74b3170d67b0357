package dev.owl.cli;

import dev.owl.input.Diagnostic;
import dev.owl.input.Fields;
import dev.owl.input.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The user's defaults from {@code $XDG_CONFIG_HOME/owl/config.yaml} (or {@code $OWL_CONFIG}), strictly
 * validated, handed to picocli as default values: the command line always wins.
 */
final class Config implements CommandLine.IDefaultValueProvider {
    static final Set<String> KEYS = Set.of("format", "color", "catalog", "gpu", "policy");

    private final Path file;
    private final boolean exists;
    private final String format;
    private final String color;
    private final List<String> catalog;
    private final String gpu;
    private final String policy;
    private final List<Diagnostic> problems;

    private Config(Path file, boolean exists, String format, String color, List<String> catalog, String gpu, String policy,
            List<Diagnostic> problems) {
        this.file = file;
        this.exists = exists;
        this.format = format;
        this.color = color;
        this.catalog = List.copyOf(catalog);
        this.gpu = gpu;
        this.policy = policy;
        this.problems = List.copyOf(problems);
    }

    static Path location(Environment env) {
        String explicit = env.get("OWL_CONFIG");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        String home = env.get("HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"), ".config");
        return base.resolve("owl").resolve("config.yaml");
    }

    static Config load(Environment env) {
        Path file = location(env);
        if (!Files.exists(file)) {
            return new Config(file, false, null, null, List.of(), null, null, List.of());
        }
        List<Diagnostic> sink = new ArrayList<>();
        Node root = YamlReader.read(file, file.toString(), sink, YamlReader.MAX_SETTINGS_BYTES);
        String format = null;
        String color = null;
        List<String> catalog = List.of();
        String gpu = null;
        String policy = null;
        if (root != null) {
            Fields f = Fields.of(root, file.toString(), sink, "the config file", KEYS);
            if (f != null) {
                format = f.choice("format", Set.of("table", "json", "yaml", "csv", "tsv", "markdown"));
                color = f.choice("color", Set.of("auto", "always", "never"));
                catalog = f.strings("catalog");
                gpu = f.string("gpu");
                policy = f.string("policy");
            }
        }
        return new Config(file, true, format, color, catalog, gpu, policy, sink);
    }

    List<Diagnostic> problems() {
        return problems;
    }

    Path file() {
        return file;
    }

    boolean exists() {
        return exists;
    }

    String format() {
        return format;
    }

    String color() {
        return color;
    }

    List<String> catalog() {
        return catalog;
    }

    String gpu() {
        return gpu;
    }

    String policy() {
        return policy;
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec o) || !problems.isEmpty()) {
            return null;
        }
        String command = o.command() == null ? "" : o.command().qualifiedName();
        return switch (o.longestName()) {
            case "--format" -> format;
            case "--color" -> color;
            // not "--catalog": a default value is one string, and joining the list made two directories one
            // missing path; OwlCommand.locations reads catalog() as a list instead
            case "--gpu" -> command.endsWith("recommend") ? gpu : command.endsWith(" fit") && gpu != null ? gpu : null;
            case "--policy" -> command.endsWith("license check") || command.endsWith("recommend") ? policy : null;
            default -> null;
        };
    }
}
