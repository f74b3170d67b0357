package dev.owl.policy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Container images, which a line names the way it names models ({@code org/name:tag}, {@code FROM name}) and which are never
 * one: claimed before any reader looks for names.
 */
final class ImageNames {
    /**
     * An image reference by its tag's shape: a three-part release ({@code python:3.11.1-slim}, {@code runpod/base:0.4.0-cuda11.8.0})
     * or a base system and toolchain ({@code nvidia/cuda:12.1.0-base-ubuntu22.04}, {@code pytorch/pytorch:2.9.1-cuda12.8-cudnn9-runtime}).
     * No model tag (Ollama's {@code 7b-instruct-q4_K_M}, a GGUF's {@code Q4_K_M}) is shaped so.
     */
    private static final Pattern TAGGED = Pattern.compile("(?<![\\w./:-])(?:[\\w.-]+/){0,2}[\\w.-]+:(?:\\d+\\.\\d+\\.\\d+[\\w.-]*"
            + "|[\\w.-]*?(?:ubuntu|debian|alpine|slim|bookworm|bullseye|jammy|focal|noble|cudnn|devel|runtime|cuda\\d)[\\w.-]*)(?![\\w/:-])");
    /** An image key's value in a compose file, a Kubernetes spec or a deployment config ({@code image: org/name:tag}). */
    private static final Pattern IMAGE_KEY = Pattern.compile("(?i)(?:^\\s*-?\\s*|[\\s{,])[\"']?(?:image|base_image|docker_image)[\"']?\\s*[:=]\\s*[\"']?"
            + "(?<v>[\\w.-]+(?:/[\\w.-]+)*(?::[\\w.-]+)?)");

    private ImageNames() {}

    static void claim(ScannedLine line) {
        if (line.text.indexOf(':') < 0) {
            return;
        }
        Matcher t = TAGGED.matcher(line.text);
        while (t.find()) {
            line.spans.add(new int[] {t.start(), t.end()});
        }
        if (line.lower.contains("image")) {
            Matcher k = IMAGE_KEY.matcher(line.text);
            while (k.find()) {
                line.spans.add(new int[] {k.start("v"), k.end("v")});
            }
        }
    }
}
