package io.jumba.bench.suite;

import io.jumba.bench.jmh.Impl;
import io.jumba.bench.report.Timing;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.TreeMap;

/**
 * The suite's JSON: {@code about} (when, JDK, hardware, JMH settings, Numba), {@code quick}, the {@code cases},
 * {@code sizes}, {@code widths} and {@code impls} that ran, {@code results} (one object per figure: case, size,
 * width — null for Numba —, impl, median/min/p10/p90/max in µs, JMH's error and the sample count),
 * {@code speedups} (Jumba against plain Java and Numba per case, size and width) and {@code failures}.
 * Missing numbers (no percentile, no error) are null.
 */
public final class SuiteJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SuiteJson() {}

    public static void write(SuiteResults r, Path file) throws IOException {
        MAPPER.writeValue(file.toFile(), tree(r));
    }

    static ObjectNode tree(SuiteResults r) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode about = root.putObject("about");
        new TreeMap<>(r.about()).forEach(about::put);
        root.put("quick", r.quick());
        r.cases().forEach(root.putArray("cases")::add);
        r.sizes().forEach(root.putArray("sizes")::add);
        ArrayNode widths = root.putArray("widths");
        r.widths().forEach(w -> widths.add(w.id()));
        ArrayNode impls = root.putArray("impls");
        r.impls().forEach(i -> impls.add(i.id()));
        ArrayNode results = root.putArray("results");
        for (Measurement m : r.measurements()) {
            ObjectNode o = results.addObject().put("case", m.caseName()).put("size", m.size())
                    .put("width", m.width() == null ? null : m.width().id()).put("impl", m.impl());
            Timing t = m.timing();
            number(o, "median_us", t.medianUs());
            number(o, "min_us", t.minUs());
            number(o, "p10_us", t.p10Us());
            number(o, "p90_us", t.p90Us());
            number(o, "max_us", t.maxUs());
            number(o, "error_us", m.errorUs());
            o.put("samples", m.samples());
        }
        ArrayNode speedups = root.putArray("speedups");
        for (Width w : r.widths()) {
            for (String size : r.sizes()) {
                for (String c : r.cases()) {
                    ObjectNode o = speedups.addObject().put("case", c).put("size", size).put("width", w.id());
                    Impl jumba = r.jumba();
                    o.put("jumba", jumba == null ? null : jumba.id());
                    for (String b : r.speedupBaselines()) {
                        Double s = r.speedup(c, size, w, b);
                        if (s == null) o.putNull("vs_" + b);
                        else number(o, "vs_" + b, s);
                    }
                }
            }
        }
        ArrayNode failures = root.putArray("failures");
        for (Failure f : r.failures()) {
            failures.addObject().put("case", f.caseName()).put("size", f.size())
                    .put("width", f.width() == null ? null : f.width().id()).put("impl", f.impl()).put("message", f.message());
        }
        return root;
    }

    private static void number(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) o.put(key, v);
        else o.putNull(key);
    }
}
