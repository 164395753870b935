package io.jumba.vectorize;

import io.jumba.ir.Function;
import io.jumba.ir.Program;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A text report of what the vectorizer does with each innermost loop of a program. */
public final class Explain {
    private Explain() {}

    /** One line per function header plus one per innermost loop, e.g. {@code "  line 3: vectorized: float64 x 4 ..."}. */
    public static String of(Program program, VectorOptions options) {
        List<Function> functions = new ArrayList<>();
        functions.add(program.entry());
        for (Function f : program.functions()) if (!f.name().equals(program.entry().name())) functions.add(f);
        StringBuilder sb = new StringBuilder();
        for (Function f : functions) sb.append(of(f, options));
        return sb.toString();
    }

    /** The report for one function. */
    public static String of(Function function, VectorOptions options) {
        StringBuilder sb = new StringBuilder("function " + function.pythonName() + " (" + function.name() + "):\n");
        List<LoopPlan> plans = LoopAnalysis.analyze(function, options);
        if (plans.isEmpty()) sb.append("  no loops\n");
        for (LoopPlan p : plans) sb.append("  line ").append(p.loop().pos().line()).append(": ").append(describe(p, options)).append('\n');
        return sb.toString();
    }

    /** The verdict on one loop as one line of text. */
    public static String describe(LoopPlan plan, VectorOptions options) {
        return switch (plan) {
            case LoopPlan.Scalar s -> "not vectorized: " + s.reason();
            case LoopPlan.Vectorizable v -> {
                int bits = options.width().bits();
                String reductions = v.reductions().isEmpty() ? "none" : v.reductions().stream()
                        .map(r -> r.var().name() + " (" + r.op().symbol() + ")").collect(Collectors.joining(", "));
                yield "vectorized: " + v.reportedTypes() + " x " + bits / 8 / v.elementBytes() + " lanes (species "
                        + options.width().speciesSuffix().toLowerCase() + ", " + bits + " bits), unroll "
                        + v.unroll(options) + ", tail: " + (v.scalarLastIteration() ? "masked vector step, last iteration scalar" : "masked vector step")
                        + ", reductions: " + reductions + v.divisionGuards().describe();
            }
        };
    }
}
