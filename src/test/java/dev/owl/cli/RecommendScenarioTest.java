package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import dev.owl.catalog.Catalog;
import dev.owl.catalog.CatalogLoader;
import dev.owl.catalog.CatalogLocation;
import dev.owl.catalog.Model;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The questions of the issue, asked of the real bundled catalog; every assertion follows from catalog facts. */
class RecommendScenarioTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Catalog CATALOG = new CatalogLoader().load(List.of(new CatalogLocation("catalog", Path.of("catalog"), true)));

    private static JsonNode recommend(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("recommend", "--format", "json", "--top", "200"));
        all.addAll(List.of(args));
        Result r = OwlRunner.bundled().run(all.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    private static Model model(String id) {
        return CATALOG.models().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void multimodalWith128kContextOnOneH100() throws Exception {
        JsonNode r = recommend("--task", "vision", "--context", "128K", "--gpu", "h100-sxm");
        assertThat(r.get("recommendations")).isNotEmpty();
        for (JsonNode rec : r.get("recommendations")) {
            Model m = model(rec.get("model").asText());
            assertThat(m.modalities().input()).contains("image");
            assertThat(m.contextTokens()).isGreaterThanOrEqualTo(131072);
            assertThat(rec.get("total_bytes").asLong()).isLessThanOrEqualTo(80L << 30);
        }
        // Llama 3.2 90B Vision takes images at 128K but needs more than one H100 even at q3_k_m? Then it says so.
        for (JsonNode e : r.get("excluded")) {
            Model m = model(e.get("model").asText());
            String reasons = e.get("reasons").toString();
            if (!m.modalities().input().contains("image")) {
                assertThat(reasons).contains("no image input");
            }
        }
    }

    @Test
    void best70bClassForGeneralChatFitsItsHardware() throws Exception {
        // "70B class" in practice: what runs on 2 × 48 GB at 8K context
        JsonNode r = recommend("--task", "chat", "--vram", "48", "--gpu-count", "2");
        List<String> ids = new ArrayList<>();
        r.get("recommendations").forEach(n -> ids.add(n.get("model").asText()));
        assertThat(ids).contains("llama-3.3-70b-instruct");
        for (JsonNode rec : r.get("recommendations")) {
            assertThat(rec.get("fits").asBoolean()).isTrue();
            assertThat(rec.get("total_bytes").asLong()).isLessThanOrEqualTo(96L << 30);
        }
        // 405B does not fit 96 GiB at any format owl tries, and the reason carries the numbers
        String reasons = r.get("excluded").toString();
        assertThat(reasons).contains("llama-3.1-405b-instruct").contains("96.0 GiB available");
    }

    @Test
    void everyExclusionOfAnEuVisionQueryIsExplained() throws Exception {
        JsonNode r = recommend("--task", "vision", "--eu", "--mau", "2000000", "--commercial");
        for (JsonNode rec : r.get("recommendations")) {
            Model m = model(rec.get("model").asText());
            assertThat(CATALOG.license(m.license()).orElseThrow().regionalRestrictions())
                    .noneMatch(x -> x.region().equals("EU") && x.appliesTo().contains(m.id()));
        }
        String excluded = r.get("excluded").toString();
        assertThat(excluded).contains("llama-3.2-11b-vision-instruct").contains("withholds rights");
        assertThat(excluded).contains("llama-4-scout-17b-16e-instruct");
    }

    private static List<String> ids(JsonNode r) {
        List<String> ids = new ArrayList<>();
        r.get("recommendations").forEach(n -> ids.add(n.get("model").asText()));
        return ids;
    }

    private static JsonNode rec(JsonNode r, String id) {
        for (JsonNode n : r.get("recommendations")) {
            if (n.get("model").asText().equals(id)) {
                return n;
            }
        }
        return null;
    }

    private static List<JsonNode> top(JsonNode r, int n) {
        List<JsonNode> out = new ArrayList<>();
        r.get("recommendations").forEach(out::add);
        return out.subList(0, Math.min(n, out.size()));
    }

    private static List<String> excludedIds(JsonNode r) {
        List<String> ids = new ArrayList<>();
        r.get("excluded").forEach(n -> ids.add(n.get("model").asText()));
        return ids;
    }

    @Test
    void codeOnA4090PutsACodingModelPeopleRunAtFourToSixBitsAboveA7bAtSixteen() throws Exception {
        JsonNode r = recommend("--task", "code", "--gpu", "rtx-4090", "--commercial");
        List<String> ids = ids(r);
        int small = ids.indexOf("qwen2.5-7b-instruct");
        List<String> runOn24 = List.of("qwen2.5-coder-32b-instruct", "qwen3-coder-30b-a3b-instruct", "devstral-small-2",
                "devstral-small-2507", "qwen3-32b", "qwen3-30b-a3b");
        String best = ids.stream().filter(runOn24::contains).findFirst().orElseThrow();
        assertThat(small).isGreaterThan(ids.indexOf(best));
        assertThat(rec(r, best).get("quant").asText()).isIn("q4_k_m", "q5_k_m", "q6_k");
        assertThat(rec(r, "qwen2.5-7b-instruct").get("quant").asText()).isEqualTo("bf16");
        // the new coding models are in the catalog and runnable on the card, each with a command line
        assertThat(ids).contains("qwen2.5-coder-32b-instruct", "qwen3-coder-30b-a3b-instruct");
        assertThat(rec(r, "qwen3-coder-30b-a3b-instruct").get("run").get("command").asText()).isEqualTo("ollama run qwen3-coder:30b");
        // the top three are coding models, and the first rests on a leaderboard figure on the task's reference scale
        for (JsonNode n : top(r, 3)) {
            assertThat(model(n.get("model").asText()).capabilities()).as(n.get("model").asText()).contains("code");
        }
        JsonNode lead = top(r, 1).get(0).get("evidence").get("rows").get(0);
        assertThat(lead.get("vendor_reported").asBoolean()).isFalse();
        assertThat(lead.get("weight").asDouble()).isEqualTo(1.0);
    }

    @Test
    void agenticCodingOnA4090RanksTheTasksOwnLeaderboardAboveAToolCallingProxy() throws Exception {
        JsonNode r = recommend("--task", "agentic-code", "--gpu", "rtx-4090");
        // Devstral Small 2 is measured on SWE-bench bash-only, the task's most trusted suite; Qwen3-8B and Qwen3-14B only on
        // BFCL, which shares too few models with it to be carried onto its scale: they once ranked second and third on that
        assertThat(ids(r).get(0)).isEqualTo("devstral-small-2");
        for (String proxy : List.of("qwen3-8b", "qwen3-14b")) {
            JsonNode row = rec(r, proxy).get("evidence").get("rows").get(0);
            assertThat(row.get("protocol").asText()).isEqualTo("bfcl-v4");
            assertThat(row.get("weight").asDouble()).isEqualTo(0.4);
            assertThat(ids(r).indexOf(proxy)).isGreaterThan(ids(r).indexOf("devstral-small-2"));
        }
        for (JsonNode n : top(r, 3)) {
            assertThat(model(n.get("model").asText()).capabilities()).contains("code", "tools");
        }
    }

    @Test
    void chatOnOneH100NeverTopsWithLlama2OrAnEightBAtSixteenBitsAndConsidersGptOss120b() throws Exception {
        JsonNode r = recommend("--task", "chat", "--gpu", "h100-sxm");
        List<JsonNode> top = new ArrayList<>();
        r.get("recommendations").forEach(top::add);
        for (JsonNode n : top.subList(0, 5)) {
            Model m = model(n.get("model").asText());
            assertThat(m.id()).doesNotStartWith("llama-2");
            boolean eightB = m.paramsTotalB() != null && m.paramsTotalB() < 10;
            assertThat(eightB && n.get("quant").asText().equals("bf16")).as(m.id()).isFalse();
        }
        assertThat(ids(r)).contains("gpt-oss-120b");
        assertThat(ids(r).indexOf("gpt-oss-120b")).isLessThan(ids(r).indexOf("llama-2-13b-chat"));
        // built for one 80 GB card: it fits in its own release format, and the command serves exactly that checkpoint
        JsonNode oss = rec(r, "gpt-oss-120b");
        assertThat(oss.get("quant").asText()).isEqualTo("mxfp4");
        assertThat(oss.get("quant_penalty").get("relative_loss").asDouble()).isZero();
        assertThat(oss.get("run").get("command").asText()).isEqualTo("vllm serve openai/gpt-oss-120b");
        // its chat evidence is measured now, not imputed: LMArena's text arena rated it, one protocol for every model
        assertThat(oss.get("evidence").get("imputed").asBoolean()).isFalse();
        assertThat(oss.get("evidence").get("rows").get(0).get("protocol").asText()).isEqualTo("lmarena-text");
        assertThat(ids(r).indexOf("gpt-oss-120b")).isBetween(0, 9);
    }

    @Test
    void multilingualOn24GbPrefersGemma3AndQwen3OverLlama31_8b() throws Exception {
        JsonNode r = recommend("--task", "multilingual", "--gpu", "rtx-4090");
        List<String> ids = ids(r);
        int llama = ids.indexOf("llama-3.1-8b-instruct");
        assertThat(llama).isPositive();
        assertThat(ids.indexOf("gemma-3-27b-it")).isBetween(0, llama);
        assertThat(ids.indexOf("qwen3-32b")).isBetween(0, llama);
        assertThat(ids.indexOf("qwen3-14b")).isBetween(0, llama);
    }

    @Test
    void multilingualRanksOnEuroEvalWhereTheLowerRankScoreStandsHigher() throws Exception {
        JsonNode r = recommend("--task", "multilingual", "--gpu", "h100-sxm");
        List<double[]> scoreAndPercentile = new ArrayList<>();
        for (JsonNode n : r.get("recommendations")) {
            JsonNode ev = n.get("evidence");
            if (ev == null || ev.isNull()) {
                continue;
            }
            for (JsonNode row : ev.get("rows")) {
                if (row.get("protocol").asText("").equals("euroeval")) {
                    assertThat(row.get("benchmark").asText()).isEqualTo("EuroEval European");
                    assertThat(row.get("source").asText()).contains("EuroEval/leaderboards").contains("european_all.csv");
                    // the date each row was last checked against the pinned leaderboard file (audit9 re-read some on 12-03)
                    assertThat(row.get("as_of").asText()).isIn("2026-12-02", "2026-12-03");
                    assertThat(row.get("covered_models").asInt()).isGreaterThanOrEqualTo(15);
                    scoreAndPercentile.add(new double[] {row.get("score").asDouble(), row.get("percentile").asDouble()});
                }
            }
        }
        assertThat(scoreAndPercentile).hasSizeGreaterThanOrEqualTo(15);
        // a rank score of 1 is the best on every dataset: the lowest figure gets the highest percentile
        for (double[] a : scoreAndPercentile) {
            for (double[] b : scoreAndPercentile) {
                if (a[0] < b[0]) {
                    assertThat(a[1]).isGreaterThan(b[1]);
                }
            }
        }
        // Gemma 4 31B, newer than the arena's data, now stands on a common-protocol multilingual figure, the catalog's best
        JsonNode gemma4 = rec(r, "gemma-4-31b-it").get("evidence").get("rows").get(0);
        assertThat(gemma4.get("protocol").asText()).isEqualTo("euroeval");
        assertThat(gemma4.get("percentile").asDouble()).isGreaterThan(0.95);
        assertThat(ids(r).indexOf("gemma-4-31b-it")).isLessThan(ids(r).indexOf("llama-3.1-8b-instruct"));
    }

    @Test
    void reasoningOnEightH100sConsidersTheLargeOpenMoeModels() throws Exception {
        JsonNode r = recommend("--task", "reasoning", "--gpu", "h100-sxm", "--gpu-count", "8");
        List<String> ids = ids(r);
        // the issue's complaint: they were left out. Now every one is ranked, the two with reasoning figures near the top;
        // DeepSeek-V3.2 ranks lower on evidence and fit: its FP8 weights (~642 GiB) exceed vLLM's 92% of 8 x 80 GiB, so it
        // runs at q6_k under llama.cpp, whose layer split keeps one stream at one GPU's speed, and its figure is imputed
        for (String id : List.of("qwen3-235b-a22b", "deepseek-v3.2", "qwen3.5-397b-a17b")) {
            assertThat(ids.indexOf(id)).as(id).isNotNegative();
        }
        // Qwen3.5-397B has vendor figures only (GPQA p98), counted one vendor standard error low: in the top 10, not first
        assertThat(ids.indexOf("qwen3.5-397b-a17b")).isBetween(0, 9);
        assertThat(ids.indexOf("qwen3-235b-a22b")).isBetween(0, 4);
        // a 32B distill does not take second place over them
        assertThat(ids.indexOf("deepseek-r1-distill-qwen-32b")).isGreaterThan(ids.indexOf("qwen3-235b-a22b"));
    }

    @Test
    void edgeDevicesGetSmallModelsThatFit() throws Exception {
        JsonNode r = recommend("--task", "edge", "--vram", "8");
        assertThat(r.get("recommendations")).isNotEmpty();
        List<JsonNode> top = new ArrayList<>();
        r.get("recommendations").forEach(top::add);
        // the top pick is a small model; a larger one may follow at 3-4 bits where its arena rating says so, and every one fits
        assertThat(model(top.get(0).get("model").asText()).paramsTotalB()).isLessThanOrEqualTo(9.0);
        for (JsonNode n : top.subList(0, 3)) {
            assertThat(n.get("total_bytes").asLong()).isLessThanOrEqualTo(8L << 30);
            if (model(n.get("model").asText()).paramsTotalB() > 9.0) {
                assertThat(n.get("quant_penalty").get("relative_loss").asDouble()).isPositive();
            }
        }
        assertThat(ids(r)).contains("gemma-3-1b-it", "gemma-3-270m-it", "qwen3-4b");
    }

    @Test
    void edgeWithoutADeviceRecommendsSmallModelsNotTheArenasLargest() throws Exception {
        JsonNode r = recommend("--task", "edge");
        assertThat(r.get("recommendations")).isNotEmpty();
        for (JsonNode n : r.get("recommendations")) {
            assertThat(model(n.get("model").asText()).paramsTotalB()).as(n.get("model").asText()).isLessThan(10.0);
        }
        // GLM-4.6 has the best arena rating and ranked first before; now it is out, and the reason says how to size a device
        assertThat(excludedIds(r)).contains("glm-4.6");
        assertThat(r.get("excluded").toString()).contains("edge without a device keeps models under 10B").contains("--vram");
        // the top pick has a common-protocol figure: Gemma 3n E4B's arena rating
        JsonNode first = r.get("recommendations").get(0);
        assertThat(first.get("evidence").get("rows").get(0).get("protocol").asText()).isEqualTo("lmarena-text");
    }

    @Test
    void explainShowsEachEvidenceRowsProtocolDateAndWeightTheImputationAndThePenalty() throws Exception {
        // a common-protocol figure carried onto the task's reference scale
        String devstral = OwlRunner.bundled().run("recommend", "--task", "code", "--gpu", "rtx-4090", "--explain", "devstral-small-2").out();
        assertThat(devstral).contains("protocol swe-bench-bash-only").contains("on Aider polyglot's scale").contains("weight 1;")
                .contains("as of 2026-12-02").contains("Quantization penalty").contains("q6_k  keeps 99.83 %");
        // a lone vendor figure: its weight, and that it is counted one vendor standard error low
        String coder = OwlRunner.bundled().run("recommend", "--task", "agentic-code", "--gpu", "rtx-4090", "--explain",
                "qwen3-coder-30b-a3b-instruct").out();
        assertThat(coder).contains("vendor-reported").contains("weight 0.4").contains("as of 2026-12-03")
                .contains("counted             no figure on the task's reference scale").contains("0.158");
        // an imputed figure: the prior's formula, its uncertainty and how it is counted
        String imputed = OwlRunner.bundled().run("recommend", "--task", "math", "--gpu", "rtx-4090", "--explain", "qwen3.5-35b-a3b").out();
        assertThat(imputed).contains("imputed").contains("ln(active").contains("counted as mean − uncertainty").contains("q4_k_m  keeps");
    }

    @Test
    void osiOnlyRecommendsOsiApprovedLicensesAndSaysWhyOthersAreOut() throws Exception {
        JsonNode r = recommend("--task", "chat", "--osi");
        for (JsonNode n : r.get("recommendations")) {
            Model m = model(n.get("model").asText());
            assertThat(CATALOG.license(m.license()).orElseThrow().osiApproved()).as(m.id()).isTrue();
        }
        assertThat(excludedIds(r)).contains("kimi-k2-instruct", "gemma-2-27b-it", "llama-3.3-70b-instruct");
        assertThat(r.get("excluded").toString()).contains("OSI approval");
        assertThat(ids(r)).contains("glm-4.6", "deepseek-r1-0528");
    }

    @Test
    void aMillionTokenContextKeepsOnlyModelsThatSupportIt() throws Exception {
        JsonNode r = recommend("--task", "long-context", "--context", "1M");
        assertThat(r.get("recommendations")).isNotEmpty();
        for (JsonNode n : r.get("recommendations")) {
            assertThat(model(n.get("model").asText()).contextTokens()).isGreaterThanOrEqualTo(1 << 20);
        }
        assertThat(r.get("excluded").toString()).contains("qwen3.5-397b-a17b").contains("< 1M required");
    }

    @Test
    void aProductOver700MillionMonthlyUsersCannotUseLlamaButKimiOnlyOwesADisplay() throws Exception {
        JsonNode r = recommend("--task", "chat", "--mau", "800000000", "--commercial");
        for (JsonNode n : r.get("recommendations")) {
            assertThat(n.get("model").asText()).doesNotStartWith("llama-");
        }
        assertThat(r.get("excluded").toString()).contains("monthly active users exceed");
        // Kimi K2's licence asks such a product to show "Kimi K2"; it does not end the grant
        assertThat(ids(r)).contains("kimi-k2-instruct");
    }

    @Test
    void oldGenerationsLoseByEvidenceNotByDate() throws Exception {
        JsonNode r = recommend("--task", "chat");
        List<String> ids = ids(r);
        assertThat(ids.indexOf("llama-2-13b-chat")).isGreaterThan(ids.indexOf("llama-3.1-70b-instruct"));
        JsonNode llama2 = rec(r, "llama-2-13b-chat");
        assertThat(llama2.get("score_parts").has("recency")).isFalse();
        assertThat(llama2.get("evidence").get("imputed").asBoolean()).isFalse();
        assertThat(llama2.get("evidence").get("rows")).isNotEmpty();
    }

    @Test
    void anImputedScoreNeverOvertakesAMeasuredOneByLessThanItsUncertainty() throws Exception {
        for (String task : List.of("code", "agentic-code", "chat", "reasoning", "multilingual")) {
            JsonNode r = recommend("--task", task);
            List<JsonNode> measured = new ArrayList<>();
            List<JsonNode> imputed = new ArrayList<>();
            r.get("recommendations").forEach(n -> {
                JsonNode e = n.get("evidence");
                if (e != null && !e.isNull()) {
                    (e.get("imputed").asBoolean() ? imputed : measured).add(e);
                }
            });
            assertThat(imputed).as(task).isNotEmpty();
            for (JsonNode i : imputed) {
                double mean = i.get("imputation").get("mean").asDouble();
                double sigma = i.get("imputation").get("sigma").asDouble();
                assertThat(sigma).isGreaterThanOrEqualTo(0.1);
                for (JsonNode m : measured) {
                    if (i.get("value").asDouble() > m.get("value").asDouble()) {
                        assertThat(mean - m.get("value").asDouble()).as(task).isGreaterThan(sigma - 0.002);
                    }
                }
            }
        }
    }

    @Test
    void commonProtocolFiguresCarryTheirProtocolDateAndSource() throws Exception {
        JsonNode r = recommend("--task", "agentic-code");
        JsonNode glm = rec(r, "glm-4.6");
        JsonNode row = glm.get("evidence").get("rows").get(0);
        assertThat(row.get("protocol").asText()).isEqualTo("swe-bench-bash-only");
        assertThat(row.get("vendor_reported").asBoolean()).isFalse();
        assertThat(row.get("score").asDouble()).isEqualTo(55.4);
        assertThat(row.get("as_of").asText()).isEqualTo("2026-12-03");
        assertThat(row.get("source").asText()).contains("SWE-bench/swe-bench.github.io").contains("leaderboards.json");
        assertThat(row.get("covered_models").asInt()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void aLargerModelAtFourBitsBeatsASmallerOneAtSixteenWhenItsFiguresAreHigher() throws Exception {
        // Qwen3-32B (Aider polyglot 40.0) has to run at q4_k_m on 24 GB; DeepSeek-R1-Distill-Qwen-32B's figures are vendor ones
        JsonNode r = recommend("--task", "code", "--gpu", "rtx-4090");
        JsonNode big = rec(r, "qwen3-32b");
        assertThat(big.get("quant").asText()).isEqualTo("q4_k_m");
        assertThat(big.get("quant_penalty").get("relative_loss").asDouble()).isBetween(0.005, 0.02);
        assertThat(ids(r).indexOf("qwen3-32b")).isLessThan(ids(r).indexOf("qwen2.5-7b-instruct"));
    }

    @Test
    void listTasksNamesEvidenceInOrderOfTrustAndTheScale() throws Exception {
        Result res = OwlRunner.bundled().run("recommend", "--list-tasks", "--format", "json");
        JsonNode tasks = JSON.readTree(res.out());
        JsonNode code = null;
        for (JsonNode t : tasks) {
            if (t.get("task").asText().equals("code")) {
                code = t;
            }
        }
        assertThat(code.get("evidence").get(0).get("protocol").asText()).isEqualTo("aider-polyglot");
        assertThat(code.get("evidence").get(1).get("protocol").asText()).isEqualTo("swe-bench-bash-only");
        assertThat(code.get("evidence").get(2).get("protocol").asText()).isEqualTo("bigcodebench");
        assertThat(code.get("evidence").get(3).get("protocol").asText()).isEqualTo("lmarena-text");
        assertThat(code.get("evidence").get(4).get("protocol").asText()).isEqualTo("lmarena-webdev");
        assertThat(code.get("evidence").get(5).get("vendor_reported").asBoolean()).isTrue();
        // each task's first suite is a common protocol where one is in the catalog
        java.util.Map<String, String> first = new java.util.HashMap<>();
        tasks.forEach(t -> first.put(t.get("task").asText(), t.get("evidence").isEmpty() ? "" : t.get("evidence").get(0).path("protocol").asText("")));
        assertThat(first).containsEntry("chat", "lmarena-text").containsEntry("tools", "bfcl-v4")
                .containsEntry("multilingual", "euroeval").containsEntry("reasoning", "lmarena-text")
                .containsEntry("vision", "lmarena-vision").containsEntry("agentic-code", "swe-bench-bash-only");
        assertThat(code.get("scale").asText()).contains("percentile");
    }
    @Test
    void theRunLineNeverServesWeightsThatDoNotFitTheHardware() throws Exception {
        List<String[]> queries = List.of(new String[] {"--task", "code", "--gpu", "rtx-4090", "--commercial"},
                new String[] {"--task", "chat", "--gpu", "rtx-4090"}, new String[] {"--task", "edge", "--vram", "8"},
                new String[] {"--task", "chat", "--gpu", "h100-sxm"});
        for (String[] q : queries) {
            for (JsonNode n : recommend(q).get("recommendations")) {
                JsonNode run = n.get("run");
                if (run == null || run.isNull()) {
                    continue;
                }
                Model m = model(n.get("model").asText());
                String what = String.join(" ", q) + ": " + m.id();
                if (run.get("command").isNull()) {
                    assertThat(run.get("note").asText()).as(what).contains("lists no").contains("GiB available");
                } else if (run.get("runtime").asText().equals("vllm")) {
                    // vllm serves the checkpoint as released: only right when that is the format that was sized to fit
                    String released = m.architecture() == null || m.architecture().nativeFormat() == null ? "bf16"
                            : m.architecture().nativeFormat();
                    assertThat(n.get("quant").asText()).as(what).isIn("bf16", released);
                }
            }
        }
        // the issue's case: a 26B model at q6_k on a 24 GB card is not told to serve its 16-bit weights
        JsonNode first = recommend("--task", "code", "--gpu", "rtx-4090", "--commercial").get("recommendations").get(0);
        if (!first.get("quant").asText().equals("bf16")) {
            assertThat(first.get("run").get("command").asText("")).doesNotStartWith("vllm serve");
        }
    }

    @Test
    void theSpeedPartIsTheTypicalSpeedFitShowsNotTheBandwidthBound() throws Exception {
        JsonNode r = recommend("--task", "code", "--gpu", "rtx-4090");
        int calibrated = 0;
        for (JsonNode n : r.get("recommendations")) {
            JsonNode typical = n.get("typical_tokens_per_s");
            if (typical.isNull() || !n.get("score_parts").has("speed") || n.get("reasons").toString().contains("estimated")) {
                continue;
            }
            calibrated++;
            assertThat(typical.asDouble()).isLessThan(n.get("decode_tokens_per_s").asDouble());
            assertThat(n.get("score_parts").get("speed").asDouble()).as(n.get("model").asText())
                    .isCloseTo(Math.min(1.0, typical.asDouble() / 60), org.assertj.core.data.Offset.offset(0.002));
        }
        assertThat(calibrated).isGreaterThan(5);
    }
    @Test
    void theReadmesTopPickPerTaskIsWhatOwlRanksFirst() throws Exception {
        // README "Why each task's top pick is the top pick": | `QUERY` | MODEL, QUANT | why |
        java.util.regex.Pattern row = java.util.regex.Pattern.compile("^\\| `([^`]+)`[^|]*\\| ([a-z0-9.\\-]+), ([a-z0-9_]+) \\|");
        int checked = 0;
        for (String line : java.nio.file.Files.readAllLines(Path.of("README.md"))) {
            java.util.regex.Matcher m = row.matcher(line);
            if (!m.find() || !m.group(1).startsWith("--task")) {
                continue;
            }
            JsonNode first = recommend(m.group(1).split(" ")).get("recommendations").get(0);
            assertThat(first.get("model").asText() + ", " + first.get("quant").asText()).as(m.group(1))
                    .isEqualTo(m.group(2) + ", " + m.group(3));
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(10);
    }
    @Test
    void aLoneVendorFigureCountsLessThanACommonProtocolFigureAtTheSamePercentile() throws Exception {
        JsonNode r = recommend("--task", "agentic-code", "--gpu", "h100-sxm", "--gpu-count", "8");
        for (JsonNode n : r.get("recommendations")) {
            JsonNode ev = n.get("evidence");
            if (ev == null || ev.isNull() || ev.get("imputed").asBoolean() || ev.get("rows").size() != 1) {
                continue;
            }
            JsonNode only = ev.get("rows").get(0);
            double keep = 1 - n.get("quant_penalty").get("relative_loss").asDouble();
            if ((only.get("vendor_reported").asBoolean() || only.get("weight").asDouble() < 1) && keep == 1) {
                // one vendor figure, or one common-protocol figure off the reference scale (both trust 0.4): its percentile less
                // one vendor-only standard error, 0.1/sqrt(0.4)
                assertThat(only.get("weight").asDouble()).isEqualTo(0.4);
                assertThat(ev.get("value").asDouble()).as(n.get("model").asText())
                        .isCloseTo(Math.max(0, only.get("percentile").asDouble() - 0.1581), org.assertj.core.data.Offset.offset(0.002));
                assertThat(ev.get("uncertainty").asDouble()).isCloseTo(0.1581, org.assertj.core.data.Offset.offset(0.001));
            } else if (keep == 1) {
                assertThat(ev.get("value").asDouble()).isCloseTo(only.get("percentile").asDouble(), org.assertj.core.data.Offset.offset(0.001));
            }
        }
        // the bash-only leaderboard is the task's reference: DeepSeek-V3.2's figure there (p95) outranks DeepSeek-R1-0528's Aider
        // figure (p95 among Aider's own models), which shares too few models with it to be carried and counts as a vendor figure
        JsonNode r1 = rec(r, "deepseek-r1-0528").get("evidence").get("rows").get(0);
        assertThat(r1.get("protocol").asText()).isEqualTo("aider-polyglot");
        assertThat(r1.get("weight").asDouble()).isEqualTo(0.4);
        assertThat(r1.get("scale_of").isNull()).isTrue();
        assertThat(ids(r).indexOf("deepseek-v3.2")).isLessThan(ids(r).indexOf("deepseek-r1-0528"));
        // a common-protocol figure on the reference scale still outranks a lone vendor figure at about the same percentile:
        // Devstral Small 2 (bash-only p86) stands above Gemma 4 31B (vendor LiveCodeBench p94)
        assertThat(ids(r).indexOf("devstral-small-2")).isLessThan(ids(r).indexOf("gemma-4-31b-it"));
        // its card's own SWE-bench Verified figure (68) is not counted beside the leaderboard's measurement of the same benchmark
        JsonNode devstral = rec(r, "devstral-small-2").get("evidence").get("rows");
        assertThat(devstral).hasSize(1);
        assertThat(devstral.get(0).get("protocol").asText()).isEqualTo("swe-bench-bash-only");
        assertThat(model("devstral-small-2").benchmarks()).anyMatch(b -> b.protocol() == null && b.name().equals("SWE-bench Verified"));
    }

    @Test
    void theIssuesFourQueriesTopPicksRestOnCommonProtocolEvidence() throws Exception {
        List<String[]> queries = List.of(new String[] {"--task", "code", "--gpu", "rtx-4090", "--commercial"},
                new String[] {"--task", "chat", "--gpu", "h100-sxm"}, new String[] {"--task", "multilingual", "--gpu", "rtx-4090"},
                new String[] {"--task", "reasoning", "--gpu", "h100-sxm", "--gpu-count", "8"});
        for (String[] q : queries) {
            JsonNode first = recommend(q).get("recommendations").get(0);
            JsonNode ev = first.get("evidence");
            String what = String.join(" ", q) + ": " + first.get("model").asText();
            assertThat(ev.get("imputed").asBoolean()).as(what).isFalse();
            List<String> protocols = new ArrayList<>();
            ev.get("rows").forEach(row -> protocols.add(row.get("protocol").asText("")));
            assertThat(protocols).as(what).anyMatch(p -> !p.isEmpty());
        }
    }

    @Test
    void llama2LosesChatOnItsArenaRatingNotOnItsDate() throws Exception {
        JsonNode r = recommend("--task", "chat", "--gpu", "h100-sxm");
        for (String id : List.of("llama-2-7b-chat", "llama-2-13b-chat", "llama-2-70b-chat")) {
            JsonNode row = rec(r, id).get("evidence").get("rows").get(0);
            assertThat(row.get("protocol").asText()).as(id).isEqualTo("lmarena-text");
            assertThat(row.get("percentile").asDouble()).as(id).isLessThan(0.25);
        }
        assertThat(ids(r).indexOf("llama-3.3-70b-instruct")).isLessThan(ids(r).indexOf("llama-2-13b-chat"));
    }

    @Test
    void aQuantizedModelsRatingOrRankScorePercentileIsScaledByWhatItsFormatKeeps() throws Exception {
        // an arena rating or a EuroEval rank score has no meaningful fraction: the penalty scales the percentile
        assertThat(checkPercentilesScaledByFormat("lmarena-text", "--task", "reasoning", "--gpu", "rtx-4090")).isPositive();
        assertThat(checkPercentilesScaledByFormat("euroeval", "--task", "multilingual", "--gpu", "rtx-4090")).isPositive();
    }

    /** For each quantized model whose figures all come from {@code protocol}: its value is their mean percentile × what the format keeps. */
    private static int checkPercentilesScaledByFormat(String protocol, String... query) throws Exception {
        int checked = 0;
        for (JsonNode n : recommend(query).get("recommendations")) {
            JsonNode ev = n.get("evidence");
            if (ev == null || ev.isNull() || ev.get("imputed").asBoolean() || n.get("quant_penalty").isNull()) {
                continue;
            }
            double loss = n.get("quant_penalty").get("relative_loss").asDouble();
            double sum = 0;
            boolean only = true;
            for (JsonNode row : ev.get("rows")) {
                only &= row.get("protocol").asText("").equals(protocol);
                sum += row.get("percentile").asDouble();
            }
            if (!only || loss == 0) {
                continue;
            }
            assertThat(ev.get("value").asDouble()).as(n.get("model").asText())
                    .isCloseTo(sum / ev.get("rows").size() * (1 - loss), org.assertj.core.data.Offset.offset(0.002));
            checked++;
        }
        return checked;
    }

    @Test
    void toolUseRanksOnBfclAndVisionOnTheVisionArena() throws Exception {
        // the best-ranked model with measured evidence rests on BFCL (an imputed 2026 MoE may rank above it, one standard error low)
        JsonNode tools = null;
        for (JsonNode n : recommend("--task", "tools", "--gpu", "h100-sxm").get("recommendations")) {
            if (tools == null && !n.get("evidence").get("imputed").asBoolean()) {
                tools = n;
            }
        }
        assertThat(tools.get("evidence").get("rows").get(0).get("protocol").asText()).isEqualTo("bfcl-v4");
        JsonNode gemma = rec(recommend("--task", "vision", "--gpu", "h100-sxm"), "gemma-3-27b-it");
        assertThat(gemma.get("evidence").get("rows").get(0).get("benchmark").asText()).isEqualTo("LMArena vision");
    }

    @Test
    void aLeaderboardOfOlderModelsCountsOnTheArenasScaleNotItsOwn() throws Exception {
        // Qwen2.5-7B's only chat figure is the Open LLM Leaderboard v2's, near the top of the older models it ran; carried onto
        // the text arena through the models both rate, it stands where the arena puts such models, below Gemma 3n's rating
        JsonNode r = recommend("--task", "edge", "--vram", "8");
        JsonNode qwen = rec(r, "qwen2.5-7b-instruct");
        JsonNode row = qwen.get("evidence").get("rows").get(0);
        assertThat(row.get("protocol").asText()).isEqualTo("open-llm-leaderboard-v2");
        assertThat(row.get("source").asText()).contains("fboulnois/llm-leaderboard-csv/blob/0f4e5c6");
        java.util.List<Double> own = new java.util.ArrayList<>();
        for (Model m : CATALOG.models()) {
            m.benchmarks().stream().filter(b -> "open-llm-leaderboard-v2".equals(b.protocol())).forEach(b -> own.add(b.score()));
        }
        long below = own.stream().filter(x -> x < 35.2).count();
        assertThat((double) below / own.size()).as("its own percentile among the models the leaderboard ran").isGreaterThan(0.7);
        assertThat(row.get("percentile").asDouble()).as("carried onto the arena's scale").isLessThan(0.5);
        assertThat(ids(r).indexOf("gemma-3n-e4b-it")).isLessThan(ids(r).indexOf("qwen2.5-7b-instruct"));
        // --explain says which scale the percentile is on, and where the figure stood among its own leaderboard's models
        Result explain = OwlRunner.bundled().run("recommend", "--task", "edge", "--vram", "8", "--explain", "qwen2.5-7b-instruct");
        assertThat(explain.out()).contains("on LMArena text's scale (").contains("among its own 28 covered models)");
    }

    @Test
    void webDevArenaScoresCountForCode() throws Exception {
        JsonNode coder = rec(recommend("--task", "code", "--gpu", "h100-sxm", "--gpu-count", "8"), "qwen2.5-coder-32b-instruct");
        List<String> protocols = new ArrayList<>();
        coder.get("evidence").get("rows").forEach(n -> protocols.add(n.get("protocol").asText()));
        assertThat(protocols).contains("aider-polyglot", "swe-bench-bash-only", "lmarena-text", "lmarena-webdev");
    }

    @Test
    void theIssuesFourQueriesTopPicksEachPrintACommandThatRunsThem() throws Exception {
        String[][] queries = {
            {"--task", "code", "--gpu", "rtx-4090", "--commercial"},
            {"--task", "chat", "--gpu", "h100-sxm"},
            {"--task", "multilingual", "--gpu", "rtx-4090"},
            {"--task", "reasoning", "--gpu", "h100-sxm", "--gpu-count", "8"},
        };
        for (String[] q : queries) {
            JsonNode run = recommend(q).get("recommendations").get(0).get("run");
            assertThat(run.get("command").isNull()).as(String.join(" ", q) + ": " + run).isFalse();
        }
        // on eight GPUs the vLLM line shards the model over all of them, and GLM-4.6 is served from its vendor's FP8 checkpoint
        JsonNode glm = rec(recommend("--task", "reasoning", "--gpu", "h100-sxm", "--gpu-count", "8"), "glm-4.6");
        assertThat(glm.get("run").get("command").asText()).isEqualTo("vllm serve zai-org/GLM-4.6-FP8 --tensor-parallel-size 8");
        assertThat(rec(recommend("--task", "multilingual", "--gpu", "rtx-4090"), "gemma-4-31b-it").get("run").get("command").asText())
                .isEqualTo("ollama run gemma4:31b");
    }

    @Test
    void theDateTrendIsNotExtrapolatedPastTheNewestModelWithFigures() throws Exception {
        // the vision arena rated catalog models up to mid 2025: a 2026 model without a vision figure is imputed as of the newest
        // rated one, not credited with the trend's continuation, so the measured Gemma 3 27B leads on a 24 GB card
        JsonNode r = recommend("--task", "vision", "--gpu", "rtx-4090");
        JsonNode first = r.get("recommendations").get(0);
        assertThat(first.get("evidence").get("imputed").asBoolean()).as(first.get("model").asText()).isFalse();
        JsonNode qwen = rec(r, "qwen3.5-35b-a3b");
        assertThat(qwen.get("evidence").get("imputation").get("formula").asText()).contains("release date held at the newest fitted model's");
        assertThat(qwen.get("evidence").get("imputation").get("mean").asDouble()).isLessThan(0.9);
    }
}
