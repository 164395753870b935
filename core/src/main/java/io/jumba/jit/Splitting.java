package io.jumba.jit;

import io.jumba.codegen.StatementSizes;
import io.jumba.ir.Program;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which functions {@link MethodSizeFit} splits, and how far ({@link LoopOutlining} does it): the top-level loop nests
 * of those in {@code nests}; of those in {@code runs} also the straight-line runs between them, with each top-level
 * statement's estimated bytecode to cut the runs by.
 *
 * @param nests functions (IR names) whose loop nests go into methods of their own
 * @param runs  functions (a subset of nests) whose straight-line runs do too → per top-level statement, its
 *              estimated bytecode bytes
 */
record Splitting(Set<String> nests, Map<String, List<Integer>> runs) {
    /** Nothing split. */
    static final Splitting NONE = new Splitting(Set.of(), Map.of());
    /** Bytecode per character of Java other than white space: 0.21 to 0.35 measured on scalar and SIMD kernels. */
    private static final double BYTES_PER_CHAR = 0.4;
    /**
     * The estimated size above which a method is split before compiling: with the measured ratios every method over
     * the class file's 64 KB is estimated above it, and every method split is over HotSpot's JIT limit (8000 bytes)
     * anyway, which the split after compiling would have split in the same way.
     */
    static final int CLASS_LIMIT_ESTIMATE = 48_000;

    Splitting {
        nests = Set.copyOf(nests);
        runs = Map.copyOf(runs);
        if (!nests.containsAll(runs.keySet())) throw new IllegalArgumentException("runs of functions not split: " + runs.keySet());
    }

    /**
     * The splitting of the program whose unsplit Java took sizes: the nests of each function whose method is
     * estimated above {@link #CLASS_LIMIT_ESTIMATE}, and its straight-line runs too when what stays is still above.
     */
    static Splitting estimated(Program program, Map<String, StatementSizes> sizes) {
        Splitting s = NONE;
        for (Map.Entry<String, StatementSizes> e : sizes.entrySet()) {
            if (bytes(e.getValue().total()) <= CLASS_LIMIT_ESTIMATE) continue;
            s = s.withNests(Set.of(e.getKey()));
            if (remaining(program, e.getKey(), e.getValue()) > CLASS_LIMIT_ESTIMATE) s = s.withRuns(e.getKey(), e.getValue());
        }
        return s;
    }

    /** Every function's nests and runs: after a compile over the class file's limit despite the estimate. */
    static Splitting everything(Map<String, StatementSizes> sizes) {
        Splitting s = NONE;
        for (Map.Entry<String, StatementSizes> e : sizes.entrySet()) s = s.withNests(Set.of(e.getKey())).withRuns(e.getKey(), e.getValue());
        return s;
    }

    /** This splitting with the nests of functions split too. */
    Splitting withNests(Set<String> functions) {
        Set<String> all = new HashSet<>(nests);
        all.addAll(functions);
        return new Splitting(all, runs);
    }

    /** This splitting with function's nests and straight-line runs split, its statements sized as in sizes. */
    Splitting withRuns(String function, StatementSizes sizes) {
        Map<String, List<Integer>> all = new HashMap<>(runs);
        all.put(function, sizes.statements().stream().map(Splitting::bytes).toList());
        return new Splitting(withNests(Set.of(function)).nests(), all);
    }

    boolean isEmpty() { return nests.isEmpty(); }

    /** The estimated bytecode of a method's characters. */
    static int bytes(int chars) {
        return (int) Math.ceil(chars * BYTES_PER_CHAR);
    }

    /** The estimated bytecode of function's method once its loop nests are outlined: all but the nests. */
    private static int remaining(Program program, String function, StatementSizes sizes) {
        int chars = sizes.prologue();
        var body = program.function(function).body();
        for (int k = 0; k < body.size(); k++) if (!LoopOutlining.outlinable(body.get(k))) chars += sizes.statements().get(k);
        return bytes(chars);
    }
}
