package dev.owl.fit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code owl fit MODEL --train …} reports: the plan as understood, one row per part of the memory, their total,
 * the verdict on the hardware given, the training compute per token, and every assumption behind the figures. The
 * components, in order and in snake_case, are the JSON keys the README documents; {@code summary} (one sentence for
 * people) is not a key. {@code total_bytes} sums the rows whose bytes are known; {@code total_complete} says whether
 * that is all of them (false: the true total is higher).
 */
public record TrainingEstimate(
        String model,
        String method,
        String optimizer,
        Integer rank,
        List<String> targetModules,
        int seqLen,
        int microBatch,
        boolean gradientCheckpointing,
        double paramsTotalB,
        double paramsActiveB,
        Long trainableParams,
        List<TrainingRow> rows,
        long totalBytes,
        boolean totalComplete,
        String gpu,
        Integer gpuCount,
        Long availableBytes,
        long perDeviceBytes,
        Boolean fits,
        double flopsPerToken,
        List<String> assumptions,
        @JsonIgnore String summary) {
    public TrainingEstimate {
        targetModules = List.copyOf(targetModules);
        rows = List.copyOf(rows);
        assumptions = List.copyOf(assumptions);
    }

    /** The rows a table shows: every part, their total, and with hardware its usable memory and the verdict. */
    public List<TrainingRow> withTotal() {
        List<TrainingRow> all = new ArrayList<>(rows);
        all.add(new TrainingRow("total", totalBytes, true, totalComplete ? "sum of the rows above"
                : "sum of the rows above that could be counted: the true total is higher"));
        if (availableBytes != null) {
            all.add(new TrainingRow("available", availableBytes, false, gpu + (gpuCount > 1 ? " ×" + gpuCount : "") + ": "
                    + (fits == null ? "fit unknown" : fits ? "fits" : "does not fit")));
        }
        return all;
    }
}
