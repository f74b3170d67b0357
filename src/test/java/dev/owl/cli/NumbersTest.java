package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 17's numbers: every number a user types is bounded with a message that states the range; sizes beyond any
 * machine are refused, never printed negative; a config.json value of the wrong type names its key and line.
 */
class NumbersTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fit llama-3.1-8b --gpu rtx-4090 --batch 2147483647|'2147483647' is out of range (1 to 4096)",
        "fit llama-3.1-8b --gpu rtx-4090 --batch 99999999999999999999|'99999999999999999999' is not a whole number (1 to 4096)",
        "fit llama-3.1-8b --gpu rtx-4090 --gpu-count 5000|'5000' is out of range (1 to 4096)",
        "fit llama-3.1-8b --gpu 5000xrtx-4090|a device count must be 1 to 4096",
        "fit llama-3.1-8b --vram 1e400|'1e400' is out of range (above 0 up to 1000000 GiB)",
        "fit llama-3.1-8b --vram 0|'0' is out of range (above 0 up to 1000000 GiB)",
        "fit llama-3.1-8b --vram 24 --bandwidth NaN|'NaN' is out of range (above 0 up to 1000000)",
        "recommend --task chat --vram 24 --min-tok-s -1|'-1' is out of range (above 0 up to 1000000)",
        "recommend --task chat --mau -5|'-5' is out of range (0 to 10000000000 users)",
        "recommend --task chat --mau 1e9|'1e9' is not a whole number of users",
        "recommend --task chat --top 0|'0' is out of range (1 to 4096)",
        "fit llama-3.1-405b-instruct --context 2147483647 --batch 4096 --quant bf16|would take more than 1 EiB",
    })
    void outOfRangeNumbersAreUsageErrorsThatStateTheRange(String line, String message) {
        Result r = OwlRunner.bundled().run(line.split(" "));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(message).contains("help: ").doesNotContain("\tat ").doesNotContain("internal error");
    }

    /** A unit or suffix users type is read as the help means it: 24GB is --vram's 24 GiB, 2M users are 2,000,000. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fit llama-3.1-8b --vram 24GB|fit llama-3.1-8b --vram 24",
        "fit llama-3.1-8b --vram 24GiB|fit llama-3.1-8b --vram 24",
        "fit llama-3.1-8b --vram 24g|fit llama-3.1-8b --vram 24",
        "recommend --task chat --mau 2M|recommend --task chat --mau 2000000",
        "recommend --task chat --mau 700m|recommend --task chat --mau 700000000",
    })
    void unitsAndSuffixesUsersTypeAreReadAsTheHelpMeansThem(String typed, String plain) {
        Result a = OwlRunner.bundled().run(typed.split(" "));
        Result b = OwlRunner.bundled().run(plain.split(" "));
        assertThat(a.exitCode()).as(a.err()).isZero();
        assertThat(a.out()).isEqualTo(b.out());
        assertThat(OwlRunner.bundled().run("recommend", "--mau", "2.5").err()).contains("'2.5' is not a whole number of users");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'\"vocab_size\": 1e400'|vocab_size must be a whole number from 0 to 2147483647, got a number beyond any range",
        "'\"num_key_value_heads\": \"eight\"'|num_key_value_heads must be a whole number from 0 to 2147483647, got \"eight\"",
        "'\"num_hidden_layers\": 3.5'|num_hidden_layers must be a whole number from 0 to 2147483647, got 3.5",
        "'\"hidden_size\": -4096'|hidden_size must be a whole number from 0 to 2147483647, got -4096",
        "'\"intermediate_size\": 1e12'|intermediate_size must be a whole number from 0 to 2147483647, got 1.0E12",
        "'\"tie_word_embeddings\": \"yes\"'|tie_word_embeddings must be true or false, got \"yes\"",
        "'\"layer_types\": \"sliding\"'|layer_types must be a list, got \"sliding\"",
        "'\"num_attention_heads\": 32'|Duplicate field 'num_attention_heads'",
    })
    void aConfigJsonValueOfTheWrongTypeIsADataErrorNamingTheKeyAndLine(String entry, String message) throws IOException {
        Path dir = tmp.resolve("m");
        Files.createDirectories(dir);
        // the entry replaces the base line of its key (lines 2 to 5), else it is added on line 6; a repeated
        // "num_attention_heads": 32 is added to test duplicate keys
        String key = entry.substring(0, entry.indexOf(':'));
        boolean duplicate = entry.endsWith(": 32");
        StringBuilder json = new StringBuilder("{\n");
        boolean replaced = false;
        for (String base : new String[] {"\"num_hidden_layers\": 32", "\"hidden_size\": 4096", "\"num_attention_heads\": 32",
            "\"sliding_window\": null"}) {
            boolean mine = base.startsWith(key) && !duplicate;
            replaced |= mine;
            json.append(json.length() > 2 ? ",\n  " : "  ").append(mine ? entry : base);
        }
        json.append(replaced ? "" : ",\n  " + entry).append("\n}\n");
        Files.writeString(dir.resolve("config.json"), json.toString());
        Result r = OwlRunner.bundled().run("fit", dir.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(message).contains("help: ").doesNotContain("\tat ");
        if (!message.startsWith("Duplicate")) {
            assertThat(r.err()).containsPattern("config\\.json:[2-6]:3: error: ");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"-5", "1e400"})
    void aNegativeOrEndlessSafetensorsTotalIsADataError(String total) throws IOException {
        Path dir = tmp.resolve("m");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("config.json"), "{\"num_hidden_layers\": 32, \"hidden_size\": 4096, \"num_attention_heads\": 32}");
        Files.writeString(dir.resolve("model.safetensors.index.json"), "{\"metadata\": {\"total_size\": " + total + "}}");
        Result r = OwlRunner.bundled().run("fit", dir.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
        assertThat(r.err()).contains("metadata.total_size must be a positive byte count");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"release_date: 2024-09-19|release_date: 9999-12-31", "as_of: 2026|as_of: 2999"})
    void aDateInTheFutureIsAnErrorWithItsPosition(String from, String to) throws IOException {
        Path catalog = tmp.resolve("catalog");
        Path models = Files.createDirectories(catalog.resolve("models"));
        String qwen = Files.readString(OwlRunner.FIXTURE.resolve("models/qwen.yaml"));
        assertThat(qwen).contains(from);
        Files.writeString(models.resolve("qwen.yaml"), qwen.replaceFirst(java.util.regex.Pattern.quote(from), to));
        Result r = OwlRunner.bundled().run("catalog", "validate", catalog.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).containsPattern("qwen\\.yaml:\\d+:\\d+: error: '(release_date|as_of)' \\d{4}-\\d\\d-\\d\\d is in the future")
                .contains("help: record only what has happened");
    }
}
