package dev.owl.config;

import dev.owl.input.Diagnostic;
import dev.owl.input.Fields;
import dev.owl.input.YamlReader;
import dev.owl.render.ColorMode;
import dev.owl.render.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The user's defaults from {@code $XDG_CONFIG_HOME/owl/config.yaml} (or {@code $OWL_CONFIG}), strictly
 * validated, handed to picocli as default values: the command line always wins.
 */
public final class Config implements CommandLine.IDefaultValueProvider {
    /**
     * The settings a config file may hold, each once. A setting is the default of every option whose key is its
     * name: the option's {@code descriptionKey} when it has one, else its long name without {@code --} (the
     * convention of picocli's PropertiesDefaultProvider). {@code catalog} is a list and is read by Session.
     */
    public enum Setting {
        FORMAT, COLOR, CATALOG, GPU, POLICY;

        /**
         * The values the setting takes; null for any. Worked out when a config file is read, not when the class is
         * loaded: every run loads it, and streams and lambdas at start-up cost their linking (issue 16).
         */
        Set<String> choices() {
            Set<String> values = new java.util.LinkedHashSet<>();
            if (this == FORMAT) {
                for (Format f : Format.values()) {
                    if (!f.isReportOnly()) {
                        values.add(f.key());
                    }
                }
            } else if (this == COLOR) {
                for (ColorMode c : ColorMode.values()) {
                    values.add(c.name().toLowerCase(Locale.ROOT));
                }
            } else {
                return null;
            }
            return values;
        }

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The settings' names: the keys a config file may hold. */
    static Set<String> keys() {
        Set<String> keys = new java.util.HashSet<>();
        for (Setting s : Setting.values()) {
            keys.add(s.key());
        }
        return keys;
    }

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

    /** The environment variable that names the config file ({@code /dev/null}: none). */
    public static final String VARIABLE = "OWL_CONFIG";

    public static Path location(Environment env) {
        String explicit = env.get(VARIABLE);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        String home = env.get("HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"), ".config");
        return base.resolve("owl").resolve("config.yaml");
    }

    /**
     * {@code OWL_CONFIG=/dev/null} (or {@code NUL} on Windows): run without a config file, whatever is at the default
     * location. Scripts, the launcher's training run and tests say so; a missing file named by OWL_CONFIG is an error.
     */
    public static boolean disabled(Environment env) {
        return none(env.get(VARIABLE));
    }

    /** Whether {@code path} is the null device, which as a config file means none. */
    public static boolean none(String path) {
        return path != null && (path.equals("/dev/null") || path.equalsIgnoreCase("NUL"));
    }

    public static Config load(Environment env) {
        Path file = location(env);
        if (disabled(env)) {
            return new Config(file, false, null, null, List.of(), null, null, List.of());
        }
        if (!Files.exists(file)) {
            String explicit = env.get(VARIABLE);
            // a default location that does not exist is the usual case; a file the user named and mistyped is not
            List<Diagnostic> missing = explicit == null || explicit.isBlank() ? List.of()
                    : List.of(new Diagnostic(file.toString(), 0, 0, "config file not found (named in $" + VARIABLE + ")",
                            "create it, fix the path, or set " + VARIABLE + "=/dev/null to run without a config file"));
            return new Config(file, false, null, null, List.of(), null, null, missing);
        }
        List<Diagnostic> sink = new ArrayList<>();
        Node root = YamlReader.read(file, file.toString(), sink, YamlReader.MAX_SETTINGS_BYTES);
        if (root == null && sink.size() == 1 && YamlReader.EMPTY.equals(sink.get(0).message())) {
            sink.clear(); // a new (touched) or all-commented config file sets nothing: not an error that stops every command
        }
        String format = null;
        String color = null;
        List<String> catalog = List.of();
        String gpu = null;
        String policy = null;
        if (root != null) {
            Fields f = Fields.of(root, file.toString(), sink, "the config file", keys());
            if (f != null) {
                format = reportOnly(f) ? null : choice(f, Setting.FORMAT);
                color = choice(f, Setting.COLOR);
                catalog = new ArrayList<>();
                for (String dir : f.strings(Setting.CATALOG.key())) {
                    catalog.add(home(dir, env));
                }
                gpu = f.string(Setting.GPU.key());
                policy = home(f.string(Setting.POLICY.key()), env);
            }
        }
        return new Config(file, true, format, color, catalog, gpu, policy, sink);
    }

    /**
     * A format or colour as the command line takes it: any case, and {@code md} for markdown ({@code format: JSON} was
     * refused while {@code --format JSON} worked); stored as its canonical name. Anything else is {@link Fields#choice}'s
     * error, with its "did you mean".
     */
    private static String choice(Fields f, Setting setting) {
        if (f.value(setting.key()) instanceof org.yaml.snakeyaml.nodes.ScalarNode s
                && org.yaml.snakeyaml.nodes.Tag.STR.equals(s.getTag())) {
            String given = s.getValue().strip();
            Format parsed = setting == Setting.FORMAT ? Format.parse(given) : null;
            String canonical = parsed != null ? parsed.key() : given.toLowerCase(Locale.ROOT);
            if (setting.choices().contains(canonical)) {
                return canonical;
            }
        }
        return f.choice(setting.key(), setting.choices());
    }

    /**
     * {@code format: sarif} (junit, cyclonedx): an error that says why and what to do. The file's format is the default
     * of every command's --format, and these are reports of {@code license check} alone: applied there only, the same
     * file would print SARIF at a person running the gate by hand and mean nothing to every other command.
     */
    private static boolean reportOnly(Fields f) {
        String key = Setting.FORMAT.key();
        if (!(f.value(key) instanceof org.yaml.snakeyaml.nodes.ScalarNode s)) {
            return false;
        }
        Format given = Format.parse(s.getValue());
        if (given == null || !given.isReportOnly()) {
            return false;
        }
        f.error(key, "'format: " + given.key() + "' is a report format of 'owl license check' only, and the config file's "
                + "format is every command's default", "set one of " + String.join(", ", Setting.FORMAT.choices())
                + " here; for the gate put it on its command line: owl license check --format " + given.key()
                + " (or --report " + given.key() + "=FILE)");
        return true;
    }

    /**
     * A path with a leading {@code ~} (alone or before a slash) made the home directory's: a YAML file has no shell to
     * expand it, and {@code catalog: [~/owl-catalog]} is how people write it (the help's own example).
     */
    static String home(String path, Environment env) {
        if (path == null || !(path.equals("~") || path.startsWith("~/"))) {
            return path;
        }
        String home = env.get("HOME");
        return (home != null && !home.isBlank() ? home : System.getProperty("user.home")) + path.substring(1);
    }

    public List<Diagnostic> problems() {
        return problems;
    }

    public Path file() {
        return file;
    }

    public boolean exists() {
        return exists;
    }

    public String format() {
        return format;
    }

    public String color() {
        return color;
    }

    public List<String> catalog() {
        return catalog;
    }

    public String gpu() {
        return gpu;
    }

    public String policy() {
        return policy;
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec o) || !problems.isEmpty()) {
            return null;
        }
        // asked once per option of the command line on every run: no regex, no stream
        String key = o.descriptionKey() == null || o.descriptionKey().isEmpty() ? withoutDashes(o.longestName()) : o.descriptionKey();
        Setting setting = null;
        for (Setting x : Setting.values()) {
            if (x.key().equals(key)) {
                setting = x;
            }
        }
        return setting == null ? null : switch (setting) {
            case FORMAT -> format;
            case COLOR -> color;
            // not the catalog: a default value is one string, and joining the list made two directories one
            // missing path; Session.locations reads catalog() as a list instead
            case CATALOG -> null;
            case GPU -> gpu;
            case POLICY -> policy;
        };
    }

    private static String withoutDashes(String name) {
        int i = 0;
        while (i < name.length() && name.charAt(i) == '-') {
            i++;
        }
        return name.substring(i);
    }
}
