package dev.owl.policy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a line holds that is shaped like a model's name and is none, claimed before any reader looks for names. */
final class NotReferences {
    /** A Python module's class, as a type hint or a call names it ({@code llama.Llama}, {@code models.Mistral}): code, no model. */
    private static final Pattern MODULE_CLASS = Pattern.compile("(?<![\\w.-])[a-z_][a-z0-9_]*\\.[A-Z][a-z]+(?:[A-Z][a-z]+)*(?![\\w.:/-])");

    /**
     * Printed text that spells a model's name and names none: git's {@code Cloning into 'Mistral-7B-v0.1'...} (the local folder
     * a clone makes) and a provider alias written as a display name with a capital ({@code Mistral-large-latest}: an evaluation
     * library's printed label; the API takes the lower-case alias).
     */
    private static final Pattern PRINTED = Pattern.compile("Cloning into '(?<folder>[^']+)'|Creating directory (?<folder2>[\\w.-]+(?:/[\\w.-]+)*)|(?<![\\w./-])[A-Z][a-z]+(?:-[a-z0-9.]+)*-latest(?![\\w.:/-])");

    /** A dataset a download command fetches ({@code hf download org/set --repo-type dataset}, the flag before or after the name). */
    private static final Pattern DATASET_DOWNLOAD = Pattern.compile("(?i)(?<![\\w-])(?:huggingface-cli|hf)\\s+download\\s+(?:--[\\w-]+[= ]\\S+\\s+)*"
            + "(?<v>[\\w.-]+(?:/[\\w.-]+)?)");
    /**
     * A data key's value ({@code data_path = "org/corpus-150B"}, {@code dataset_path: org/set}, a dataset registry's {@code
     * "hf_hub_url": "org/set"} in LLaMA-Factory's dataset_info.json): a dataset, whatever it spells.
     */
    private static final Pattern DATA_KEY = Pattern.compile("(?i)(?<![\\w.-])[\"']?(?:data_?path|data_?files?|dataset_?path|dataset_?name|data_?dir|(?:hf|ms|om)_hub_url)"
            + "[\"']?\\s*[:=]\\s*[\"']?(?<v>[\\w.-]+(?:/[\\w.-]+)?)");

    /**
     * A model key's quoted value of several words ({@code "model_name": "Acme Chat 24B"}): a display name for people, whose
     * first word is a family's name and no model's id.
     */
    private static final Pattern DISPLAY_NAME = Pattern.compile("(?i)[\"']?\\w*model\\w*[\"']?\\s*[:=]\\s*(?<q>[\"'])(?<v>[A-Za-z][\\w.-]*(?: [\\w.-]+)+)\\k<q>");

    /**
     * The same, unquoted, as a YAML key's whole value ({@code model: Qwen2 72B Instruct}, {@code model: QwQ + Haiku}, {@code model:
     * llama-3.1-405b-instruct (diff)}, {@code model: Qwen3 235B A22B diff, no think}): a results table's label for a run, of several words, not the id a tool loads.
     */
    private static final Pattern YAML_DISPLAY_NAME = Pattern.compile("(?i)^\\s*-?\\s*[\\w-]*model[\\w-]*\\s*:\\s+(?<v>[A-Za-z][\\w.+-]*(?: +[\\w.+(),-]+)+)\\s*(?:#.*)?$");

    /**
     * pytest's test ids ({@code ids=["gemma-2b", "Meta-Llama-3-8B"]}, a keyword beside a parametrize list, not a variable {@code
     * ids = […]}; {@code pytest.param(…, id="gemma-7b")}): labels a test report prints, named after the model each case loads by
     * its id elsewhere, and no model themselves.
     */
    private static final Pattern TEST_IDS = Pattern.compile("(?<![\\w.])ids=\\s*[\\[(][^\\])]*[\\])]?|(?<![\\w.])id\\s*=\\s*(?<q>[\"'])[^\"']*\\k<q>");

    /**
     * A model folder a build tool writes per device ({@code cuda/cuda-int4-rtn-block-32}, {@code cpu_and_mobile/cpu-int4-rtn-block-32-acc-level-4},
     * as ONNX Runtime GenAI's builder lays out its outputs): a local path named after a device and a quantization recipe, no
     * Hub id (no organisation is named after a device).
     */
    private static final Pattern DEVICE_FOLDER = Pattern.compile("(?i)(?<![\\w./-])(?:cuda|cpu|cpu_and_mobile|gpu|dml|directml|webgpu|npu|mobile)/[\\w.-]+");

    /**
     * A generated id that holds a UUID ({@code f1b14528-5ee5-579c-949b-23ef9bfbed58}, a completion's {@code chatcmpl-30cd0f28-…}, a
     * task's or run's id in printed output): a record's key, whatever word it starts with.
     */
    private static final Pattern UUID_ID = Pattern.compile("(?i)(?<![\\w.-])[\\w.-]*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}[\\w.-]*");

    /**
     * The folder a shell changes into ({@code cd BentoVLLM/llama3.1-8b-instruct} after cloning a repository of recipes named after the
     * models they serve, {@code pushd Mistral-7B-v0.1}): a local path, whatever model its name spells.
     */
    private static final Pattern CD = Pattern.compile("(?<![\\w.$/-])(?:cd|pushd)\\s+[\"']?(?<v>[^\\s\"';&|)`]+)");

    private static final Pattern QUOTED_ITEM = Pattern.compile("([\"'])([^\"']+)\\1");

    private NotReferences() {}

    static void claim(ScannedLine line, ScanState state) {
        RegistryAddresses.claim(line);
        ImageNames.claim(line);
        ServedAliases.claim(line, state);
        AliasEntries.claim(line, state);
        DocTitles.claim(line, state);
        KubernetesLabels.claim(line, state);
        if (!state.prose) {
            RouterEntries.claim(line.text, state);
        }
        TableColumns.claim(line, state);
        if (line.lower.indexOf('.') >= 0) {
            spans(line, MODULE_CLASS.matcher(line.text));
        }
        if (line.lower.contains("cuda/") || line.lower.contains("cpu") || line.lower.contains("gpu/") || line.lower.contains("ml/")
                || line.lower.contains("npu/") || line.lower.contains("mobile/")) {
            spans(line, DEVICE_FOLDER.matcher(line.text));
        }
        if (line.lower.contains("model") && line.text.indexOf(' ') >= 0) {
            Matcher m = DISPLAY_NAME.matcher(line.text);
            while (m.find()) {
                line.spans.add(new int[] {m.start("v"), m.end("v")});
            }
            Matcher d = YAML_DISPLAY_NAME.matcher(line.text);
            if (d.find()) { // the whole value is a label: the file's names are not looked for in it either
                DocTitles.title(line, state, d.start("v"), d.end("v"));
            }
        }
        if (line.lower.indexOf('-') >= 0 && line.text.length() >= 36) {
            spans(line, UUID_ID.matcher(line.text));
        }
        if (line.lower.contains("cd ") || line.lower.contains("pushd ")) {
            Matcher m = CD.matcher(line.text);
            while (m.find()) {
                line.spans.add(new int[] {m.start("v"), m.end("v")});
                state.labels.add(line.number + " " + m.group("v").toLowerCase(java.util.Locale.ROOT)); // nor the file's vocabulary here
            }
        }
        if (line.lower.contains("ids=") || line.lower.contains("pytest.param")) {
            testIds(line, state);
        }
        if (line.lower.contains("data") || line.lower.contains("_hub_url")) {
            data(line, state);
        }
        if (line.lower.contains("cloning into") || line.lower.contains("-latest") || line.lower.contains("creating directory")) {
            Matcher m = PRINTED.matcher(line.text);
            while (m.find()) {
                line.spans.add(new int[] {m.start(), m.end()});
                String folder = m.group("folder") != null ? m.group("folder") : m.group("folder2");
                if (folder != null) {
                    // the local folder a clone or a tool makes: the file's later mentions of it (a loader's log) are the folder too
                    state.outputs.add(folder.toLowerCase(java.util.Locale.ROOT));
                }
                // nor found again as the file's vocabulary (the clone's repo, named on another line)
                state.labels.add(line.number + " " + (m.group("folder") != null ? m.group("folder") : m.group()).toLowerCase(java.util.Locale.ROOT));
            }
        }
    }

    private static void testIds(ScannedLine line, ScanState state) {
        Matcher m = TEST_IDS.matcher(line.text);
        while (m.find()) {
            if (m.group("q") == null || line.lower.contains("pytest.param")) {
                line.spans.add(new int[] {m.start(), m.end()});
                Matcher q = QUOTED_ITEM.matcher(m.group());
                while (q.find()) { // nor found again as the file's vocabulary (the id the case loads, named on another line)
                    state.labels.add(line.number + " " + q.group(2).toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
    }

    private static void data(ScannedLine line, ScanState state) {
        boolean repoTypeDataset = line.lower.matches("(?s).*--repo-type[= ]dataset\\b.*");
        Matcher d = repoTypeDataset ? DATASET_DOWNLOAD.matcher(line.text) : null;
        while (d != null && d.find()) {
            line.output(d.start("v"), d.end("v"), d.group("v")); // the dataset's name is no model anywhere in this file
        }
        Matcher k = DATA_KEY.matcher(line.text);
        while (k.find()) {
            line.spans.add(new int[] {k.start("v"), k.end("v")});
            state.labels.add(line.number + " " + k.group("v").toLowerCase(java.util.Locale.ROOT));
        }
    }

    private static void spans(ScannedLine line, Matcher m) {
        while (m.find()) {
            line.spans.add(new int[] {m.start(), m.end()});
        }
    }
}
