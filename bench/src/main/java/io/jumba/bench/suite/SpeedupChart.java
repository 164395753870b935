package io.jumba.bench.suite;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.Styler;

/**
 * The suite's chart (XChart, PNG): for one size and width, a group of bars per kernel giving Jumba's speed-up
 * against plain Java and against Numba (the other's median time over Jumba's) on a logarithmic axis, with a line at
 * 1x — above it Jumba is faster.
 */
public final class SpeedupChart {
    private static final Color[] COLORS = {new Color(0x7fb3e0), new Color(0xf7b26b)};
    private static final Color PARITY = new Color(0x555555);

    private SpeedupChart() {}

    /**
     * Writes the chart of {@code size} at {@code width} to {@code file}; false (and nothing written) when there is
     * no speed-up to draw: no Jumba figure, or no plain Java or Numba figure beside it.
     */
    public static boolean write(SuiteResults r, String size, Width width, Path file) throws IOException {
        List<String> cases = new ArrayList<>();
        List<List<Double>> values = new ArrayList<>();
        List<String> baselines = r.speedupBaselines();
        for (int b = 0; b < baselines.size(); b++) values.add(new ArrayList<>());
        for (String c : r.cases()) {
            List<Double> row = baselines.stream().map(b -> r.speedup(c, size, width, b)).toList();
            if (row.stream().allMatch(Objects::isNull)) continue;
            cases.add(c);
            // NaN draws no bar (XChart takes null for 0, which a log axis refuses).
            for (int b = 0; b < row.size(); b++) values.get(b).add(row.get(b) == null ? Double.NaN : row.get(b));
        }
        if (cases.isEmpty()) return false;
        CategoryChart chart = chart(r, size, width, cases.size());
        // Bar charts anchor the axis at 0, which a log axis cannot show: span the decades around the values and 1x.
        double lo = 1, hi = 1;
        for (List<Double> series : values) {
            for (double v : series) {
                if (v > 0) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        chart.getStyler().setYAxisMin(Math.pow(10, Math.floor(Math.log10(lo))));
        chart.getStyler().setYAxisMax(Math.pow(10, Math.ceil(Math.log10(hi * 1.3))));
        for (int b = 0; b < baselines.size(); b++) {
            if (values.get(b).stream().allMatch(v -> v.isNaN())) continue;
            CategorySeries s = chart.addSeries("vs " + SuiteResults.label(baselines.get(b)), cases, values.get(b));
            s.setFillColor(COLORS[b % COLORS.length]);
        }
        CategorySeries parity = chart.addSeries("1x: as fast as the other", cases, Collections.nCopies(cases.size(), 1.0));
        parity.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        parity.setLineColor(PARITY);
        parity.setMarker(new org.knowm.xchart.style.markers.None());
        try (OutputStream out = Files.newOutputStream(file)) {
            BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
        }
        return true;
    }

    private static CategoryChart chart(SuiteResults r, String size, Width width, int bars) {
        String title = "Jumba speed-up per kernel, " + size + (r.widths().size() > 1 || width.bits() != 0 ? ", " + width.label() : "")
                + (r.quick() ? " (quick smoke run: not a measurement)" : "");
        CategoryChart chart = new CategoryChartBuilder().width(Math.max(900, 100 * bars)).height(700).title(title)
                .xAxisTitle("kernel").yAxisTitle("speed-up: other's time / Jumba's time (log scale; above 1, Jumba is faster)")
                .build();
        var st = chart.getStyler();
        st.setChartBackgroundColor(Color.WHITE);
        st.setPlotBackgroundColor(Color.WHITE);
        st.setPlotGridLinesColor(new Color(0xdddddd));
        st.setLegendPosition(Styler.LegendPosition.InsideNE);
        st.setXAxisLabelRotation(40);
        st.setYAxisLogarithmic(true);
        st.setYAxisDecimalPattern("0.##");
        st.setLabelsVisible(true);
        st.setLabelsPosition(1.0);
        st.setLabelsFontColorAutomaticEnabled(false);
        st.setLabelsFontColor(Color.BLACK);
        st.setLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        st.setAvailableSpaceFill(0.8);
        st.setOverlapped(false);
        return chart;
    }
}
