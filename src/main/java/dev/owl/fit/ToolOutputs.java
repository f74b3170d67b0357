package dev.owl.fit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the tools {@link HardwareDetector} runs print, read into devices and figures; unreadable output is no device. */
final class ToolOutputs {
    private ToolOutputs() {}

    /** One device as a tool listed it: its name and the memory it reported (null: not reported). */
    record Device(String name, Long memoryBytes) {}

    /** nvidia-smi's CSV: {@code NVIDIA GeForce RTX 4090, 24564} per GPU, memory in MiB ({@code [N/A]} on some). */
    static List<Device> nvidia(String csv, List<String> tried) {
        List<Device> out = new ArrayList<>();
        for (String line : csv.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            int comma = line.lastIndexOf(',');
            if (comma <= 0) {
                tried.add("nvidia-smi printed '" + shorten(line) + "', not a GPU");
                return List.of();
            }
            Double mib = number(line.substring(comma + 1).strip());
            out.add(new Device(line.substring(0, comma).strip(), mib == null ? null : (long) (mib * 1024 * 1024)));
        }
        if (out.isEmpty()) {
            tried.add("nvidia-smi listed no GPU");
        }
        return out;
    }

    /** rocm-smi's JSON: {@code {"card0": {"Card Series": …, "VRAM Total Memory (B)": …}}} (older versions: "Card series"). */
    static List<Device> rocm(String json, List<String> tried) {
        JsonNode root;
        try {
            root = json.indexOf('{') < 0 ? null : new ObjectMapper().readTree(json.substring(json.indexOf('{')));
        } catch (java.io.IOException e) {
            root = null;
        }
        List<Device> out = new ArrayList<>();
        if (root != null && root.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> card = it.next();
                if (card.getKey().startsWith("card")) {
                    String name = field(card.getValue(), "card series");
                    Double bytes = number(field(card.getValue(), "vram total memory (b)"));
                    if (name != null) {
                        out.add(new Device(name, bytes == null ? null : bytes.longValue()));
                    }
                }
            }
        }
        if (out.isEmpty()) {
            tried.add(root == null ? "rocm-smi printed no JSON" : "rocm-smi listed no GPU");
        }
        return out;
    }

    private static String field(JsonNode card, String lowerCaseKey) {
        for (Iterator<Map.Entry<String, JsonNode>> it = card.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (f.getKey().strip().toLowerCase(Locale.ROOT).equals(lowerCaseKey) && f.getValue().isValueNode()) {
                return f.getValue().asText().strip();
            }
        }
        return null;
    }

    /** {@code Key: value} (lscpu) or {@code key\t: value} (/proc/cpuinfo): the first value of {@code key}. */
    static String value(String text, String key) {
        if (text == null) {
            return null;
        }
        for (String line : text.lines().toList()) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(key) && !line.substring(colon + 1).isBlank()) {
                return line.substring(colon + 1).strip();
            }
        }
        return null;
    }

    /** {@code MemTotal:       65536000 kB} in bytes (the kernel's kB are KiB). */
    static Long memTotal(String meminfo) {
        String v = value(meminfo, "MemTotal");
        Double kib = v == null ? null : number(v.replaceAll("(?i)\\s*kB$", ""));
        return kib == null || kib <= 0 ? null : (long) (kib * 1024);
    }

    static Double number(String text) {
        try {
            double v = Double.parseDouble(text.strip());
            return Double.isFinite(v) && v > 0 ? v : null;
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "…";
    }
}
