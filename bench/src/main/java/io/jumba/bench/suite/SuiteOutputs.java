package io.jumba.bench.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a run's outputs into one folder: suite.json ({@link SuiteJson}), suite.md ({@link SuiteMarkdown}) and,
 * per size and width with a speed-up to draw, speedup-SIZE[-BITSbit].png ({@link SpeedupChart}).
 */
public final class SuiteOutputs {
    private SuiteOutputs() {}

    /** Writes the files into {@code dir} (which must exist); returns them in the order written. */
    public static List<Path> write(SuiteResults r, Path dir) throws IOException {
        List<Path> written = new ArrayList<>();
        Path json = dir.resolve("suite.json");
        SuiteJson.write(r, json);
        written.add(json);
        Path md = dir.resolve("suite.md");
        Files.writeString(md, SuiteMarkdown.of(r));
        written.add(md);
        for (Width w : r.widths()) {
            for (String size : r.sizes()) {
                Path png = dir.resolve(chartName(size, w));
                if (SpeedupChart.write(r, size, w, png)) written.add(png);
            }
        }
        return written;
    }

    /** "speedup-small.png", "speedup-large-256bit.png", "speedup-n_4194304.png". */
    static String chartName(String size, Width w) {
        return "speedup-" + size.replaceAll("[^A-Za-z0-9_-]", "_") + (w.bits() == 0 ? "" : "-" + w.bits() + "bit") + ".png";
    }
}
