package dev.owl.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local runtime's own commands that name the model they act on the way {@code ollama run} does: RamaLama's {@code ramalama
 * run|pull|serve|bench|perplexity|inspect|push|convert MODEL} and {@code ramalama sandbox AGENT MODEL}, with options before the
 * verb ({@code ramalama --dryrun run granite}) and after it ({@code ramalama serve --port 8080 --name svc -d granite}). The model
 * is the first word after the verb that is no option's value: a word right after an option without {@code =} is that option's
 * value when another plain word follows it; an agent's sandbox may name more models after the first. The command stands where a
 * shell or a code span would start it (a line's start, after a prompt, a quote, a pipe, a backtick, a YAML command key), not in a sentence
 * ("ramalama run is executed with …"). A transport URI ({@code hf://…}, {@code oci://…}) is read as a URI elsewhere; a
 * local path, a variable or a placeholder is no model.
 */
final class RuntimeCommands {
    private static final Pattern COMMAND = Pattern.compile("(?:^\\s*(?:[$#>%]\\s*)?|[`\"'|;&(]\\s*|\\b(?:command|cmd|entrypoint|run|script)\\s*:\\s*(?:-\\s+)?)ramalama((?:\\s+-{1,2}[\\w-]+(?:=\\S+|\\s+[^\\s-]\\S*)?)*)\\s+"
            + "(?:run|pull|serve|bench|benchmark|perplexity|inspect|push|convert|(?<sandbox>sandbox)\\s+[a-z][\\w-]*|<<\\w+>>)(?=\\s)");
    /** Where a command's words end: a pipe, a list, a comment, a quote that closes the string holding the command. */
    private static final Pattern WORD = Pattern.compile("[^\\s|;&#\"'`()<>\\\\]+|[|;&#\"'`()<>\\\\]");
    private static final String STOPS = "|;&#\"'`()<>\\";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][\\w.-]*(?:/[\\w.-]+)?(?::[\\w.-]+)?");
    static final ReferenceContexts.Context CONTEXT = ReferenceContexts.CONTEXTS.stream().filter(c -> c.name().equals("runtime-cli"))
            .findFirst().orElseThrow();

    private RuntimeCommands() {}

    static void read(ScannedLine line, ContinuedLines.Taker taker) {
        if (!line.lower.contains("ramalama")) {
            return;
        }
        Matcher c = COMMAND.matcher(line.text);
        while (c.find()) {
            List<int[]> words = new ArrayList<>();
            Matcher w = WORD.matcher(line.text).region(c.end(), line.text.length());
            while (w.find() && STOPS.indexOf(w.group().charAt(0)) < 0) {
                words.add(new int[] {w.start(), w.end()});
            }
            int[] model = model(line.text, words);
            if (model != null && line.free(model[0], model[1]) && NAME.matcher(line.text.substring(model[0], model[1])).matches()) {
                taker.take(line, model[0], model[1], CONTEXT);
            }
            for (int i = model == null || c.group("sandbox") == null ? words.size() : words.indexOf(model) + 1; i < words.size(); i++) {
                // an agent's sandbox routes among several models (sandbox pi qwen3:4b granite-code:3b): each tagged name after the first
                int[] more = words.get(i);
                String word = line.text.substring(more[0], more[1]);
                if (word.startsWith("-")) {
                    break;
                }
                if (word.indexOf(':') > 0 && !word.contains("://") && line.free(more[0], more[1]) && NAME.matcher(word).matches()) {
                    taker.take(line, more[0], more[1], CONTEXT);
                }
            }
        }
    }

    /** The first plain word that is no option's value, or null. */
    private static int[] model(String text, List<int[]> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = text.substring(words.get(i)[0], words.get(i)[1]);
            if (word.startsWith("-")) {
                continue;
            }
            String before = i > 0 ? text.substring(words.get(i - 1)[0], words.get(i - 1)[1]) : "";
            boolean afterOption = before.startsWith("-") && before.indexOf('=') < 0;
            boolean plainFollows = false;
            for (int j = i + 1; j < words.size(); j++) {
                if (!text.substring(words.get(j)[0], words.get(j)[1]).startsWith("-")) {
                    plainFollows = true;
                    break;
                }
            }
            if (afterOption && plainFollows) {
                continue; // --port 8080 … granite: the option's value
            }
            return word.contains("://") ? null : words.get(i);
        }
        return null;
    }
}
