package dev.owl.policy;

import static dev.owl.policy.ReferenceContexts.VALUE;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Ollama client libraries' calls that take the model as their first positional argument (Python's and JavaScript's
 * {@code ollama}: {@code chat('gemma3', messages=…)}, {@code generate('llava', …)}, {@code pull}, {@code show}, {@code embed},
 * {@code delete}, {@code await client.chat('llama3.1', …)}, {@code AsyncClient().generate(…)}, {@code copy('gemma3', …)}):
 * an Ollama name, the catalog's or not. Only in a file that uses such a client (imports or requires {@code ollama}, or calls
 * {@code ollama.}): elsewhere {@code chat('hello')} is anyone's function. Only the first argument: a copy's second is the
 * name it makes, and {@code push}'s and {@code create}'s first are names the file makes, so neither verb is read; a create's
 * {@code from_=} is the model it starts from.
 */
final class OllamaClientCalls {
    private static final String VERBS = "chat|generate|pull|show|embed|embeddings|delete|copy";
    /** A line that says the file uses an Ollama client: its import or require, or a call through the module. */
    private static final Pattern CLIENT = Pattern.compile("^\\s*(?:from\\s+ollama(?:\\.\\w+)?\\s+import\\b|import\\s+ollama\\b)"
            + "|\\bfrom\\s+[\"']ollama(?:/browser)?[\"']|\\brequire\\(\\s*[\"']ollama(?:/browser)?[\"']\\s*\\)"
            + "|(?<![\\w$.])ollama\\.(?:Async)?(?:Client\\(|(?:" + VERBS + ")\\()");
    /**
     * The verb, bare (imported from the module) or on a client ({@code client.}, {@code ollama.}, {@code self.ollama_client.},
     * {@code AsyncClient().}, {@code ollama.AsyncClient().}): not on another object ({@code shutil.copy('src', …)}, {@code db.delete('users')}).
     */
    private static final String CALLEE = "(?<![\\w$.])(?:(?:[A-Za-z_$][\\w$]*\\.)*[\\w$]*(?i:client|ollama)[\\w$]*(?:\\(\\))?\\.)?(?:" + VERBS + ")\\(";
    private static final Pattern CALL = Pattern.compile(CALLEE + "\\s*([\"'])" + VALUE + "\\1");
    /** Python's {@code create(model='my-assistant', from_='gemma3')}: the model the new one is made from. */
    private static final Pattern FROM = Pattern.compile("(?<![\\w.])from_\\s*=\\s*([\"'])" + VALUE + "\\1");
    /** The same call opened at a line's end: its first argument is on the next line. */
    private static final Pattern OPEN = Pattern.compile(CALLEE + "\\s*$");

    private OllamaClientCalls() {}

    static void read(ScannedLine line, ScanState state, ContinuedLines.Taker taker) {
        if (!state.ollamaClient && line.lower.contains("ollama") && CLIENT.matcher(line.text).find()) {
            state.ollamaClient = true;
        }
        if (!state.ollamaClient) {
            return;
        }
        Matcher from = line.text.contains("from_") ? FROM.matcher(line.text) : null;
        if (from != null && from.find() && line.free(from.start("v"), from.end("v"))) {
            taker.take(line, from.start("v"), from.end("v"), ReferenceContexts.OLLAMA_OPEN_CALL);
        }
        if (line.text.indexOf('(') < 0) {
            return; // most lines: no regex
        }
        Matcher m = CALL.matcher(line.text);
        while (m.find()) {
            if (line.free(m.start("v"), m.end("v")) && !line.text.startsWith("://", m.end("v"))) {
                taker.take(line, m.start("v"), m.end("v"), ReferenceContexts.OLLAMA_OPEN_CALL);
            }
        }
        String end = line.text.stripTrailing();
        if (state.loaderCall == null && end.endsWith("(") && OPEN.matcher(end).find()) {
            state.loaderCall = ReferenceContexts.OLLAMA_OPEN_CALL;
        }
    }
}
