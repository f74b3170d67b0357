package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import dev.owl.config.Environment;
import dev.owl.render.TextWidth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * Help wraps between words, never inside one: a path, a file name, an id or "e.g." is on one line in every command's
 * help at every width, so it can be read and copied (picocli alone broke "~/.config/owl/config.yaml" and
 * "error.schema.json" at a dot).
 */
class HelpWrapTest {
    /** A word worth keeping whole: it holds a dot or a slash between other characters. */
    private static final Pattern KEPT = Pattern.compile("\\S*\\w[./]\\S*[\\w/]");

    @ParameterizedTest
    @ValueSource(ints = {55, 64, 72, 80, 97, 120})
    void everyCommandsHelpKeepsPathsAndIdsWholeAndFitsTheWidth(int width) {
        int checked = 0;
        for (CommandLine c : commands()) {
            String name = c.getCommandSpec().qualifiedName(" ");
            List<String> args = new ArrayList<>(List.of(name.split(" ")).subList(1, name.split(" ").length));
            args.add("--help");
            Result r = OwlRunner.fixture().env("COLUMNS", Integer.toString(width)).run(args.toArray(String[]::new));
            assertThat(r.exitCode()).as(name).isZero();
            assertThat(r.out().lines()).as(name).allSatisfy(l -> assertThat(TextWidth.of(l)).as(l).isLessThanOrEqualTo(width));
            String help = r.out();
            for (String word : words(c.getCommandSpec())) {
                if (word.length() < width - 40) { // a word wider than a description column may have to be cut
                    assertThat(help).as("%s --help at %d columns keeps '%s' on one line", name, width, word).contains(word);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(20);
    }

    /** A path wider than the description column is cut after a slash, not mid-name ("error.schema.jso" then "n)"). */
    @org.junit.jupiter.api.Test
    void aPathWiderThanTheColumnIsCutAfterASlash() {
        Result r = OwlRunner.fixture().env("COLUMNS", "60").run("fit", "--help");
        assertThat(r.out()).containsPattern("\\(docs/schema/\n +error\\.schema\\.json\\),");
    }

    /** The words with a dot or slash inside in a command's description, options' descriptions and footer. */
    private static List<String> words(CommandLine.Model.CommandSpec spec) {
        List<String> texts = new ArrayList<>(List.of(spec.usageMessage().description()));
        spec.options().forEach(o -> texts.addAll(List.of(o.description())));
        spec.positionalParameters().forEach(p -> texts.addAll(List.of(p.description())));
        List<String> words = new ArrayList<>();
        for (String text : texts) {
            var m = KEPT.matcher(text.replace("%n", " "));
            while (m.find()) {
                words.add(m.group().replaceAll("^[('\"`]+", "").replaceAll("[)'\",;:`]+$", ""));
            }
        }
        return words;
    }

    private static List<CommandLine> commands() {
        List<CommandLine> all = new ArrayList<>();
        ArrayDeque<CommandLine> todo = new ArrayDeque<>(List.of(
                OwlCommand.commandLine(new Environment(Map.of(), false, () -> 0, null, null, null))));
        while (!todo.isEmpty()) {
            CommandLine c = todo.pop();
            if (!(c.getCommandSpec().userObject() instanceof CommandLine.HelpCommand)) {
                all.add(c);
            }
            todo.addAll(c.getSubcommands().values());
        }
        return all;
    }
}
