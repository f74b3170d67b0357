package dev.owl.fit;

import dev.owl.units.Quantities;

/**
 * What {@code --gpu auto} found and what owl made of it (JSON {@code detected}): the tool that answered, the device
 * name as it reported it, the memory it reported per device, how many there are, the catalog accelerator matched
 * (null: none, sized from the reported memory) and what the sizing rests on.
 */
public record Detected(String tool, String device, Long memoryBytes, int count, String matched, String note) {

    /** One line for the notes under a table: {@code detected (nvidia-smi): 2× NVIDIA A100-SXM4-80GB, 80.0 GiB each → a100-80gb}. */
    public String line() {
        String memory = memoryBytes == null ? "memory not reported" : Quantities.gib(memoryBytes) + (count > 1 ? " each" : "");
        return "detected (" + tool + "): " + (count > 1 ? count + "× " : "") + device + ", " + memory + " → "
                + (matched == null ? "not in the catalog" : matched) + (note == null ? "" : "; " + note);
    }
}
