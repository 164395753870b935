package io.jumba.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.util.ArrayList;
import java.util.List;

/**
 * Random well-typed kernels {@code f(a, b, n, x)} (a float64 and an int64 array of one length, an int, a float) for
 * {@link DifferentialFuzzTest}: float and int variables, arithmetic over both (with {@code //} and {@code %} that
 * may divide by zero, so errors are compared too), conditionals and conditional expressions, {@code min}/{@code max}/
 * {@code abs}/{@code np.sqrt}, loops nested two deep over the arrays with loads, stores, gathers, scatters and
 * {@code +=} reductions, and straight-line code between them. Every variable is assigned before the first
 * statement, so every kernel types; the property checks that too. jqwik shrinks a failing kernel statement by
 * statement and expression by expression.
 */
final class KernelSources {
    private static final String[] FLOATS = {"f0", "f1", "f2"};
    private static final String[] INTS = {"i0", "i1", "i2"};
    private static final int EXPRESSION_DEPTH = 3;

    private KernelSources() {}

    /** Whole kernel sources. */
    static Arbitrary<String> kernels() {
        return block(0, 1, 6).map(body -> """
                import numpy as np

                def f(a, b, n, x):
                    f0 = x
                    f1 = 0.0
                    f2 = 1.5
                    i0 = n
                    i1 = 0
                    i2 = 3
                """ + body + "    return f0 + f1 + f2 + i0 + i1 + i2\n");
    }

    /**
     * One to most statements inside loops loops deep (their indices k0, k1, ... in scope), indented for nesting
     * (1: the function's body).
     */
    private static Arbitrary<String> block(int loops, int nesting, int most) {
        return statement(loops, nesting).list().ofMinSize(1).ofMaxSize(most).map(lines -> String.join("", lines));
    }

    private static Arbitrary<String> statement(int loops, int nesting) {
        String pad = "    ".repeat(nesting);
        Arbitrary<String> assign = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of(FLOATS), Arbitraries.of("=", "+=", "-=", "*="), floats(loops, EXPRESSION_DEPTH))
                        .as((v, op, e) -> pad + v + " " + op + " " + e + "\n"),
                Combinators.combine(Arbitraries.of(INTS), Arbitraries.of("=", "+=", "-=", "^="), ints(loops, EXPRESSION_DEPTH))
                        .as((v, op, e) -> pad + v + " " + op + " " + e + "\n"));
        Arbitrary<String> store = Arbitraries.oneOf(
                Combinators.combine(index(loops), floats(loops, 2)).as((i, e) -> pad + "a[" + i + "] = " + e + "\n"),
                Combinators.combine(index(loops), ints(loops, 2)).as((i, e) -> pad + "b[" + i + "] = " + e + "\n"));
        List<Tuple.Tuple2<Integer, Arbitrary<? extends String>>> choices = new ArrayList<>(List.of(Tuple.of(6, assign), Tuple.of(3, store)));
        if (loops < 2 && nesting < 3) {
            Arbitrary<String> loop = Combinators.combine(Arbitraries.of("range(a.shape[0])", "range(1, a.shape[0])",
                            "range(n % 5)", "range(a.shape[0] - 1, -1, -1)"), Arbitraries.lazy(() -> block(loops + 1, nesting + 1, 4)))
                    .as((range, body) -> pad + "for k" + loops + " in " + range + ":\n" + body);
            choices.add(Tuple.of(3, loop));
        }
        if (nesting < 3) {
            Arbitrary<String> branch = Combinators.combine(condition(loops), Arbitraries.lazy(() -> block(loops, nesting + 1, 3)),
                            Arbitraries.lazy(() -> block(loops, nesting + 1, 3)))
                    .as((c, then, otherwise) -> pad + "if " + c + ":\n" + then + pad + "else:\n" + otherwise);
            choices.add(Tuple.of(2, branch));
        }
        return Arbitraries.frequencyOf(choices.toArray(Tuple.Tuple2[]::new));
    }

    /** An index into a and b: a loop index when inside loops, else (and sometimes anyway) a gather. */
    private static Arbitrary<String> index(int loops) {
        Arbitrary<String> term = Arbitraries.of(concat(INTS, loopIndices(loops), new String[] {"n", "1", "-7", "3"}));
        Arbitrary<String> gather = Combinators.combine(term, Arbitraries.of("+", "-", "*"), term)
                .as((l, op, r) -> "(" + l + " " + op + " " + r + ") % a.shape[0]");
        return loops == 0 ? gather : Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(loopIndices(loops))), Tuple.of(1, gather));
    }

    private static String[] concat(String[]... parts) {
        List<String> all = new ArrayList<>();
        for (String[] p : parts) all.addAll(List.of(p));
        return all.toArray(String[]::new);
    }

    private static String[] loopIndices(int loops) {
        String[] k = new String[loops];
        for (int j = 0; j < loops; j++) k[j] = "k" + j;
        return k;
    }

    private static Arbitrary<String> floats(int loops, int depth) {
        Arbitrary<String> leaf = Arbitraries.oneOf(Arbitraries.of(FLOATS), Arbitraries.of("x", "0.5", "-1.25", "2.0", "0.0"),
                index(loops).map(i -> "a[" + i + "]"));
        if (depth == 0) return leaf;
        Arbitrary<String> sub = Arbitraries.lazy(() -> floats(loops, depth - 1));
        return Arbitraries.frequencyOf(
                Tuple.of(4, leaf),
                Tuple.of(4, Combinators.combine(sub, Arbitraries.of("+", "-", "*"), sub).as((l, op, r) -> "(" + l + " " + op + " " + r + ")")),
                Tuple.of(1, Combinators.combine(sub, sub).as((l, r) -> "(" + l + " / (1.0 + " + r + " * " + r + "))")),
                Tuple.of(1, sub.map(e -> "np.sqrt(abs(" + e + "))")),
                Tuple.of(1, Combinators.combine(Arbitraries.of("min", "max"), sub, sub).as((fn, l, r) -> fn + "(" + l + ", " + r + ")")),
                Tuple.of(1, Arbitraries.lazy(() -> ints(loops, depth - 1)).map(e -> "(" + e + ") * 0.5")),
                Tuple.of(1, Combinators.combine(Arbitraries.lazy(() -> condition(loops)), sub, sub)
                        .as((c, t, e) -> "(" + t + " if " + c + " else " + e + ")")));
    }

    private static Arbitrary<String> ints(int loops, int depth) {
        Arbitrary<String> leaf = Arbitraries.oneOf(Arbitraries.of(INTS), Arbitraries.of("n", "0", "1", "-7", "3"),
                loops == 0 ? Arbitraries.of("n") : Arbitraries.of(loopIndices(loops)),
                index(loops).map(i -> "b[" + i + "]"));
        if (depth == 0) return leaf;
        Arbitrary<String> sub = Arbitraries.lazy(() -> ints(loops, depth - 1));
        return Arbitraries.frequencyOf(
                Tuple.of(4, leaf),
                Tuple.of(4, Combinators.combine(sub, Arbitraries.of("+", "-", "*", "&", "|", "^"), sub).as((l, op, r) -> "(" + l + " " + op + " " + r + ")")),
                Tuple.of(1, Combinators.combine(sub, Arbitraries.of("//", "%"), sub).as((l, op, r) -> "(" + l + " " + op + " " + r + ")")),
                Tuple.of(1, Combinators.combine(sub, Arbitraries.of("//", "%"), Arbitraries.of("2", "3", "7")).as((l, op, r) -> "(" + l + " " + op + " " + r + ")")),
                Tuple.of(1, Combinators.combine(Arbitraries.of("min", "max"), sub, sub).as((fn, l, r) -> fn + "(" + l + ", " + r + ")")),
                Tuple.of(1, sub.map(e -> "abs(" + e + ")")));
    }

    private static Arbitrary<String> condition(int loops) {
        return Arbitraries.oneOf(
                Combinators.combine(floats(loops, 0), Arbitraries.of("<", "<=", ">", "=="), floats(loops, 0)).as((l, op, r) -> l + " " + op + " " + r),
                Combinators.combine(ints(loops, 1), Arbitraries.of("<", ">=", "==", "!="), ints(loops, 1)).as((l, op, r) -> l + " " + op + " " + r),
                ints(loops, 1).map(e -> "(" + e + ") % 2 == 0"));
    }
}
