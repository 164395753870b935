package io.jumba.parallel;

import io.jumba.ir.Stmt;
import io.jumba.ir.Var;

import java.util.List;

/**
 * How one prange loop's iterations share data, as the race analysis proved it: what the parallel plan carries.
 *
 * @param loop           the prange loop
 * @param privates       variables every iteration assigns before reading them (each thread keeps its own)
 * @param lastPrivates   privates that every iteration assigns and the code after the loop reads: they take the
 *                       value of the last iteration, as a serial run leaves them
 * @param reductions     reduction variables and arrays with their operators
 * @param distinctWrites shared arrays each iteration writes only at its own index (the loop index in one dimension)
 * @param sharedReads    shared arrays the loop only reads
 * @param warnings       possible races the analysis could not rule out
 * @param serialReason   why the loop must stay serial (an early exit), or null when it can run in parallel
 */
public record LoopSharing(Stmt.ForRange loop, List<Var> privates, List<Var> lastPrivates, List<Reduction> reductions,
                          List<Var> distinctWrites, List<Var> sharedReads, List<RaceWarning> warnings,
                          String serialReason) {
    public LoopSharing {
        privates = List.copyOf(privates);
        lastPrivates = List.copyOf(lastPrivates);
        reductions = List.copyOf(reductions);
        distinctWrites = List.copyOf(distinctWrites);
        sharedReads = List.copyOf(sharedReads);
        warnings = List.copyOf(warnings);
    }

    /** A readable account of the sharing, one fact per line, for {@code explain} and golden tests. */
    public String describe() {
        String what = loop.index().isGenerated() ? "whole-array loop over " : "prange loop over ";
        StringBuilder b = new StringBuilder(what + loop.index().name() + " at " + loop.pos() + "\n");
        if (serialReason != null) return b.append("  stays serial: ").append(serialReason).append('\n').toString();
        line(b, "private", names(privates));
        line(b, "last value kept", names(lastPrivates));
        line(b, "reductions", reductions.stream().map(LoopSharing::describe).toList());
        line(b, "written at own index", names(distinctWrites));
        line(b, "read only", names(sharedReads));
        for (RaceWarning w : warnings) b.append("  warning: ").append(w.message().replace("\n", "\n  ")).append('\n');
        return b.toString();
    }

    private static String describe(Reduction r) {
        return switch (r) {
            case Reduction.Scalar s -> s.var().name() + " " + s.kind() + (s.lastWinsTies() ? " (last wins ties)" : "");
            case Reduction.Arg a -> a.value().name() + " " + a.kind() + " with " + String.join(", ", names(a.companions()))
                    + (a.lastWinsTies() ? " (last wins ties)" : "");
            case Reduction.Array a -> a.array().name() + "[...] " + a.kind() + " (private copies)";
        };
    }

    private static List<String> names(List<Var> vars) { return vars.stream().map(Var::name).toList(); }

    private static void line(StringBuilder b, String what, List<String> items) {
        if (!items.isEmpty()) b.append("  ").append(what).append(": ").append(String.join(", ", items)).append('\n');
    }
}
