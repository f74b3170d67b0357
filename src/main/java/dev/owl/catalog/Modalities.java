package dev.owl.catalog;

import java.util.List;

/** What a model takes in and gives out: text, image, audio, video. */
public record Modalities(List<String> input, List<String> output) {
    public Modalities {
        input = List.copyOf(input);
        output = List.copyOf(output);
    }
}
