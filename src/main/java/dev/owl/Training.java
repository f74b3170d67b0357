package dev.owl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The launcher's training run for the class-data-sharing archive (AppCDS, or the JDK 25 AOT cache): the
 * common commands in one JVM with their output discarded, so the archive holds the classes each of
 * them loads (a single {@code list --format yaml} left the table renderer out). A class missing here is
 * loaded from the jar on every run of the command that needs it.
 *
 * <p>Arguments: the file to write this JVM's {@code java.home} into (the launcher retrains when that JDK's own
 * archive changes: a dynamic archive made over another base archive is refused without a word), then optionally a
 * command word ({@code usage}: none; {@code version}: a bare {@code --version}) and a format: only the commands that start with that word and ask for that
 * format (none: the table) are run, for an archive of that command alone.
 */
public final class Training {
    private Training() {}

    private static final String[][] COMMANDS = {
        {}, {"--version"}, {"--help"}, {"list", "--help"},
        {"list"}, {"list", "--all", "--format", "json"}, {"list", "--format", "yaml"}, {"list", "--format", "csv"},
        {"show", "llama-3.3-70b-instruct"}, {"show", "llama-3.3-70b-instruct", "--format", "json"},
        {"compare", "llama-3.3-70b-instruct", "qwen3-32b"},
        {"fit", "--gpu", "rtx-4090"}, {"fit", "llama-3.3-70b-instruct", "--gpu", "rtx-4090"},
        {"fit", "llama-3.3-70b-instruct", "--gpu", "rtx-4090", "--format", "json"},
        {"recommend", "--task", "code"}, {"recommend", "--task", "code", "--format", "json"},
        {"cost", "llama-3.3-70b-instruct"}, {"license", "list"}, {"license", "list", "--format", "json"}, {"license", "show", "apache-2.0"},
        {"catalog", "info"}, {"catalog", "validate"}, {"config", "show"}, {"completion", "bash"},
    };

    public static void main(String[] args) throws IOException {
        train(args);
        // A run that fails (license check's violations, a usage error) ends in System.exit, which on JDK 21+ first looks
        // up a System.Logger (see Main): ending the same way puts those classes in the archive too.
        System.exit(0);
    }

    private static void train(String[] args) throws IOException {
        if (args.length > 0) {
            Files.writeString(Path.of(args[0]), System.getProperty("java.home") + "\n");
        }
        String word = args.length > 1 ? args[1] : null;
        String format = args.length > 2 ? args[2] : null;
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        System.setOut(sink);
        System.setErr(sink);
        for (String[] command : COMMANDS) {
            // "usage": no command word (owl, owl --help)
            boolean named = word == null || (word.equals("usage") ? command.length == 0 || command[0].startsWith("-")
                    : word.equals("version") ? command.length == 1 && command[0].equals("--version")
                    : command.length > 0 && command[0].equals(word));
            if (named && (word == null || java.util.Objects.equals(format(command), format))) {
                Main.run(command);
            }
        }
        if (word != null && !word.equals("license")) {
            return;
        }
        Path dir = Files.createTempDirectory("owl-training");
        try {
            String[] check = licenseCheck(dir);
            Main.run(format == null ? check : concat(check, "--format", format));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The format a command asks for; null for none (the table). */
    private static String format(String[] command) {
        int at = java.util.Arrays.asList(command).indexOf("--format");
        return at < 0 ? null : command[at + 1];
    }

    private static String[] concat(String[] command, String... more) {
        String[] all = java.util.Arrays.copyOf(command, command.length + more.length);
        System.arraycopy(more, 0, all, command.length, more.length);
        return all;
    }

    /**
     * {@code license check} as CI runs it: a repository that names a model, a policy file and a YAML user catalog
     * (a built-in family and license, copied), with an ignore entry, an excluded path, a .gitignore, a model card, a
     * file too large to scan and a model the catalog does not know, so that the archive also holds the YAML reader, the
     * user catalog's parsers and the reference scanner (151 classes that {@code license check} loaded from the jar) and
     * the lambdas of an unknown model's finding (generated on each run otherwise).
     */
    private static String[] licenseCheck(Path dir) throws IOException {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.writeString(repo.resolve("app.py"), "from transformers import AutoModelForCausalLM\n"
                + "model = AutoModelForCausalLM.from_pretrained(\"meta-llama/Llama-3.1-8B-Instruct\")\n"
                + "draft = AutoModelForCausalLM.from_pretrained(\"acme/internal-7b\")\n"
                + "judge = AutoModelForCausalLM.from_pretrained(\"acme/Unknown-Llama-8B\")\n");
        Files.writeString(repo.resolve("README.md"), "---\nbase_model: moonshotai/Kimi-K2-Instruct\nlicense: other\n---\n");
        Files.writeString(repo.resolve(".gitignore"), "build/\n");
        try (java.io.RandomAccessFile big = new java.io.RandomAccessFile(repo.resolve("weights.bin").toFile(), "rw")) {
            big.setLength(3 << 20); // sparse: over the scanner's size limit, so it is skipped unread
        }
        Files.createDirectories(repo.resolve("vendor"));
        Files.writeString(repo.resolve("vendor").resolve("x.py"), "m = \"org/Skipped-7B\"\n");
        Path policy = Files.writeString(dir.resolve("policy.yaml"), "licenses:\n  allow: [apache-2.0, mit]\n"
                + "paths:\n  exclude: [\"vendor/**\"]\nignore:\n  - reference: \"acme/internal-*\"\n    reason: training\n");
        Path catalog = dir.resolve("catalog");
        copy("models/kimi.yaml", catalog);
        copy("licenses/apache-2.0.yaml", catalog);
        return new String[] {"--catalog", catalog.toString(), "license", "check", repo.toString(), "--policy", policy.toString()};
    }

    private static void copy(String resource, Path catalog) throws IOException {
        Path to = catalog.resolve(resource);
        Files.createDirectories(to.getParent());
        try (InputStream in = Training.class.getResourceAsStream("/catalog/" + resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("catalog/" + resource + " is not in the jar"));
            }
            Files.copy(in, to);
        }
    }
}
