package io.jumba.fuzz;

import io.jumba.array.DType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.util.ArrayList;
import java.util.List;

/**
 * Random well-typed kernels {@code f(a, b, c, m, n, x)} of a {@link FuzzSignature} for {@link DifferentialFuzzTest}:
 * float64, float32, int64/int32/int16/int8 and bool values (array elements of every dtype, the variables
 * {@code f0 f1} float64, {@code g0} float32, {@code i0 i1} int64, {@code j0} int32, {@code p0} bool, and NumPy's
 * scalar casts); arithmetic with {@code //} and {@code %} that may divide by zero, so errors are compared too;
 * conditionals and conditional expressions; loops over 1-D and 2-D ranges (any step, {@code break} and
 * {@code continue} under conditions, bounded {@code while} loops) with loads, stores, gathers, scatters and
 * {@code +=} reductions; slices (views with steps, of rows and columns of m) as arguments, in {@code np.sum} and
 * {@code np.min}, and as slice assignments; calls of helper functions of scalars and of (sliced) arrays, one of them
 * writing into its argument; and {@code prange} loops with {@code +=} reductions into {@code r0} (float64) and
 * {@code r1} (int64), over a's length (each iteration writing only its own elements) or over 20,000 iterations (the
 * chunked parallel run). Every variable is assigned before the first statement, so every kernel types; the property
 * checks that too. jqwik shrinks a failing kernel statement by statement and expression by expression.
 */
final class KernelSources {
    private static final int EXPRESSION_DEPTH = 3;
    /** Iterations of the compute-only prange loop: above the serial threshold, so it runs in chunks. */
    static final int PARALLEL_TRIPS = 20_000;

    /** What an expression computes: a float (float64 or float32 mixed), float32 alone, an integer, a bool. */
    enum Kind { FLOAT, F32, INT, BOOL }

    /** The extent a loop index runs over: a's length, m's rows or columns, or a few iterations. */
    enum Extent { L, ROWS, COLS, FEW }

    record Loop(String index, Extent extent, boolean isWhile) {}

    /**
     * Where a statement or expression goes: the loops around it (innermost last), the prange index when inside a
     * prange loop (then a, b, c are read and written only at that index, m only read, and no variable is assigned
     * but r0/r1 by {@code +=}), whether arrays are in scope at all (not in scalar helpers) and the scalar names.
     */
    record Scope(List<Loop> loops, String prange, boolean arrays, List<String> floats, List<String> ints,
                 int nesting) {
        static Scope kernel() {
            return new Scope(List.of(), null, true, List.of("f0", "f1", "x"), List.of("i0", "i1", "j0", "n"), 1);
        }

        static Scope helper(List<String> floats, List<String> ints) {
            return new Scope(List.of(), null, false, floats, ints, 1);
        }

        Scope in(Loop loop) {
            List<Loop> l = new ArrayList<>(loops);
            l.add(loop);
            return new Scope(List.copyOf(l), prange, arrays, floats, ints, nesting + 1);
        }

        Scope inPrange(String k, Extent extent) {
            return new Scope(List.of(new Loop(k, extent, false)), k, arrays, floats, ints, nesting + 1);
        }

        Scope deeper() { return new Scope(loops, prange, arrays, floats, ints, nesting + 1); }

        String pad() { return "    ".repeat(nesting); }

        List<String> indices(Extent e) {
            List<String> k = new ArrayList<>();
            for (Loop l : loops) if (l.extent == e) k.add(l.index);
            return k;
        }

        List<String> allIndices() {
            List<String> k = new ArrayList<>();
            for (Loop l : loops) k.add(l.index);
            return k;
        }

        boolean inLoop() { return !loops.isEmpty(); }

        /** Whether a, b and c may be indexed: not in helpers, not in a prange loop that is not over their length. */
        boolean vectors() { return arrays && (prange == null || loops.getFirst().extent == Extent.L); }

        /** A continue may skip a while loop's increment: only directly in a for loop. */
        boolean mayContinue() { return inLoop() && !loops.getLast().isWhile; }
    }

    private KernelSources() {}

    /** Whole kernel sources of sig: the helpers, then f. */
    static Arbitrary<String> kernels(FuzzSignature sig) {
        Scope floatHelper = Scope.helper(List.of("u", "v"), List.of("2")), intHelper = Scope.helper(List.of("0.25"), List.of("p", "q"));
        Arbitrary<String> hf = floatExpr(floatHelper, sig, 2);
        Arbitrary<String> hi = Combinators.combine(condition(intHelper, sig), intExpr(intHelper, sig, 2), intExpr(intHelper, sig, 2))
                .as((c, t, e) -> "    if " + c + ":\n        return " + t + "\n    return " + e + "\n");
        Arbitrary<String> hsTerm = Arbitraries.of("v[j]", "v[j] * 0.5", "abs(v[j])", "v[j] * v[j]", "v[j] - t * 0.25");
        Arbitrary<String> hwTerm = Arbitraries.of("v[j] * w", "v[j] + w", "w - v[j]", "max(v[j], w)");
        return Combinators.combine(hf, hi, hsTerm, hwTerm, block(Scope.kernel(), sig, 7)).as((f, i, s, w, body) -> {
            String decorator = body.contains("prange(") ? "@njit(parallel=True)\n" : "";
            return "import numpy as np\nfrom numba import njit, prange\n\n"
                    + "def hf(u, v):\n    return " + f + "\n\n"
                    + "def hi(p, q):\n" + i + "\n"
                    + "def hs(v):\n    t = 0.0\n    for j in range(v.shape[0]):\n        t += " + s + "\n    return t\n\n"
                    + "def hw(v, w):\n    for j in range(v.shape[0]):\n        v[j] = " + w + "\n\n"
                    + decorator
                    + "def f(a, b, c, m, n, x):\n"
                    + "    f0 = x\n    f1 = 0.0\n    g0 = np.float32(x)\n    i0 = n\n    i1 = 3\n    j0 = np.int32(n)\n"
                    + "    p0 = n > 0\n    r0 = 0.0\n    r1 = 0\n"
                    + body
                    + "    return f0 + f1 + g0 + i0 + i1 + j0 + r0 + r1 + (1 if p0 else 0)\n";
        });
    }

    private static Arbitrary<String> block(Scope s, FuzzSignature sig, int most) {
        return statement(s, sig).list().ofMinSize(1).ofMaxSize(most).map(lines -> String.join("", lines));
    }

    @SuppressWarnings("unchecked")
    private static Arbitrary<String> statement(Scope s, FuzzSignature sig) {
        String pad = s.pad();
        List<Tuple.Tuple2<Integer, Arbitrary<? extends String>>> choices = new ArrayList<>();
        if (s.prange == null) {
            choices.add(Tuple.of(6, assignment(s, sig)));
            choices.add(Tuple.of(3, store(s, sig)));
            choices.add(Tuple.of(1, sliceStatement(s, sig)));
            if (s.nesting < 4) {
                if (s.loops.size() < 2) choices.add(Tuple.of(3, loop(s, sig)));
                if (s.loops.isEmpty()) choices.add(Tuple.of(1, prange(s, sig)));
                choices.add(Tuple.of(2, branch(s, sig)));
            }
            if (s.inLoop()) {
                Arbitrary<String> jump = Combinators.combine(condition(s, sig),
                        Arbitraries.of(s.mayContinue() ? new String[] {"break", "continue"} : new String[] {"break"}))
                        .as((c, j) -> pad + "if " + c + ":\n" + pad + "    " + j + "\n");
                choices.add(Tuple.of(1, jump));
            }
        } else {
            // prange: r0/r1 reductions, own-element stores, and branches of those; an inner loop over m's columns.
            choices.add(Tuple.of(4, floatExpr(s, sig, 2).map(e -> pad + "r0 += " + e + "\n")));
            choices.add(Tuple.of(4, intExpr(s, sig, 2).map(e -> pad + "r1 += " + e + "\n")));
            if (s.loops.getFirst().extent == Extent.L && s.loops.size() == 1) choices.add(Tuple.of(3, store(s, sig)));
            if (s.nesting < 4) {
                choices.add(Tuple.of(1, Combinators.combine(condition(s, sig), Arbitraries.lazy(() -> block(s.deeper(), sig, 2)))
                        .as((c, t) -> pad + "if " + c + ":\n" + t)));
                if (s.loops.size() < 2) {
                    String j = "k" + s.loops.size();
                    choices.add(Tuple.of(1, Arbitraries.lazy(() -> block(s.in(new Loop(j, Extent.COLS, false)), sig, 2))
                            .map(body -> pad + "for " + j + " in range(m.shape[1]):\n" + body)));
                }
            }
        }
        return Arbitraries.frequencyOf(choices.toArray(Tuple.Tuple2[]::new));
    }

    private static Arbitrary<String> assignment(Scope s, FuzzSignature sig) {
        String pad = s.pad();
        List<Arbitrary<String>> forms = new ArrayList<>(List.of(
                Combinators.combine(Arbitraries.of("f0", "f1"), Arbitraries.of("=", "+=", "-=", "*="), floatExpr(s, sig, EXPRESSION_DEPTH))
                        .as((v, op, e) -> pad + v + " " + op + " " + e + "\n"),
                Combinators.combine(Arbitraries.of("=", "+=", "-="), f32Expr(s, sig, 2))
                        .as((op, e) -> pad + "g0 " + op + " " + e + "\n"),
                Combinators.combine(Arbitraries.of("i0", "i1", "j0"), Arbitraries.of("=", "+=", "-=", "^="), intExpr(s, sig, EXPRESSION_DEPTH))
                        .as((v, op, e) -> pad + v + " " + op + " " + e + "\n"),
                condition(s, sig).map(c -> pad + "p0 = " + c + "\n"),
                Combinators.combine(Arbitraries.of("r0 += ", "r0 = "), floatExpr(s, sig, 2)).as((v, e) -> pad + v + e + "\n")));
        if (s.prange == null && s.inLoop() && !s.loops().getLast().isWhile()) {
            // the for loop's own index moved: what its range proves (no check at its axis) no longer holds after this
            String k = s.loops().getLast().index();
            forms.add(Arbitraries.of(1, 2).map(d -> pad + k + " += " + d + "\n"));
        }
        return Arbitraries.oneOf(forms);
    }

    /** A store into one element: a and b by a 1-D index, c a bool, m by row and column. */
    private static Arbitrary<String> store(Scope s, FuzzSignature sig) {
        String pad = s.pad();
        List<Arbitrary<String>> stores = new ArrayList<>(List.of(
                Combinators.combine(index1(s, sig), Arbitraries.of("=", "+="), floatExpr(s, sig, 2))
                        .as((i, op, e) -> pad + "a[" + i + "] " + op + " " + e + "\n"),
                Combinators.combine(index1(s, sig), Arbitraries.of("=", "+=", "*="), intExpr(s, sig, 2))
                        .as((i, op, e) -> pad + "b[" + i + "] " + op + " " + e + "\n"),
                Combinators.combine(index1(s, sig), condition(s, sig)).as((i, e) -> pad + "c[" + i + "] = " + e + "\n")));
        if (s.prange == null) {
            stores.add(Combinators.combine(index2(s, sig), Arbitraries.of("=", "+="), sig.mIsFloat() ? floatExpr(s, sig, 2) : intExpr(s, sig, 2))
                    .as((i, op, e) -> pad + "m[" + i + "] " + op + " " + e + "\n"));
        }
        return Arbitraries.oneOf(stores);
    }

    /** Slice assignment, a helper writing into a slice, or a helper reducing one. */
    private static Arbitrary<String> sliceStatement(Scope s, FuzzSignature sig) {
        String pad = s.pad();
        List<Arbitrary<String>> forms = new ArrayList<>(List.of(
                Combinators.combine(slice1(s, sig), floatExpr(s, sig, 1)).as((sl, e) -> pad + "a[" + sl + "] = " + e + "\n"),
                Combinators.combine(slice1(s, sig), intExpr(s, sig, 1)).as((sl, e) -> pad + "b[" + sl + "] += " + e + "\n"),
                Combinators.combine(slice1(s, sig), condition(s, sig)).as((sl, e) -> pad + "c[" + sl + "] = " + e + "\n"),
                Combinators.combine(floatSlice(s, sig), floatExpr(s, sig, 1)).as((sl, e) -> pad + "hw(" + sl + ", " + e + ")\n"),
                Combinators.combine(rowOrColumn(s, sig), sig.mIsFloat() ? floatExpr(s, sig, 1) : intExpr(s, sig, 1))
                        .as((sl, e) -> pad + "m[" + sl + "] = " + e + "\n")));
        return Arbitraries.oneOf(forms);
    }

    private static Arbitrary<String> loop(Scope s, FuzzSignature sig) {
        String pad = s.pad(), k = "k" + s.loops.size();
        Arbitrary<Tuple.Tuple2<String, Extent>> range = Arbitraries.of(
                Tuple.of("range(a.shape[0])", Extent.L), Tuple.of("range(1, a.shape[0])", Extent.L),
                Tuple.of("range(a.shape[0] - 1, -1, -1)", Extent.L), Tuple.of("range(0, a.shape[0], 2)", Extent.L),
                Tuple.of("range(m.shape[0])", Extent.ROWS), Tuple.of("range(m.shape[1])", Extent.COLS),
                Tuple.of("range(n % 5)", Extent.FEW), Tuple.of("while", Extent.L));
        return range.flatMap(r -> {
            boolean isWhile = r.get1().equals("while");
            Scope inner = s.in(new Loop(k, r.get2(), isWhile));
            return block(inner, sig, 4).map(body -> isWhile
                    ? pad + k + " = 0\n" + pad + "while " + k + " < a.shape[0]:\n" + body + inner.pad() + k + " += 1\n"
                    : pad + "for " + k + " in " + r.get1() + ":\n" + body);
        });
    }

    private static Arbitrary<String> prange(Scope s, FuzzSignature sig) {
        String pad = s.pad();
        return Arbitraries.of(true, false).flatMap(overA -> {
            Scope inner = s.inPrange("k0", overA ? Extent.L : Extent.FEW);
            String range = overA ? "prange(a.shape[0])" : "prange(" + PARALLEL_TRIPS + " + n % 3)";
            return block(inner, sig, 3).map(body -> pad + "for k0 in " + range + ":\n" + body);
        });
    }

    private static Arbitrary<String> branch(Scope s, FuzzSignature sig) {
        String pad = s.pad();
        return Combinators.combine(condition(s, sig), Arbitraries.lazy(() -> block(s.deeper(), sig, 3)),
                        Arbitraries.lazy(() -> block(s.deeper(), sig, 3)))
                .as((c, then, otherwise) -> pad + "if " + c + ":\n" + then + pad + "else:\n" + otherwise);
    }

    // ---- indices and slices -----------------------------------------------------------------------------------

    /** An index into a, b, c: a loop index over their length, else (and sometimes anyway) a gather. */
    private static Arbitrary<String> index1(Scope s, FuzzSignature sig) {
        if (s.prange != null) return Arbitraries.just(s.prange);
        return indexOf(s, sig, Extent.L, "a.shape[0]");
    }

    /** An index into m: "row, column". */
    private static Arbitrary<String> index2(Scope s, FuzzSignature sig) {
        return Combinators.combine(indexOf(s, sig, Extent.ROWS, "m.shape[0]"), indexOf(s, sig, Extent.COLS, "m.shape[1]"))
                .as((r, c) -> r + ", " + c);
    }

    private static Arbitrary<String> indexOf(Scope s, FuzzSignature sig, Extent e, String length) {
        List<String> own = s.indices(e);
        List<String> terms = new ArrayList<>(List.of("i0", "i1", "n", "1", "-7", "3"));
        if (s.prange == null) terms.add("b[0]");
        terms.addAll(s.allIndices());
        Arbitrary<String> term = Arbitraries.of(terms);
        Arbitrary<String> gather = Combinators.combine(term, Arbitraries.of("+", "-", "*"), term)
                .as((l, op, r) -> "(" + l + " " + op + " " + r + ") % " + length);
        Arbitrary<String> negative = Arbitraries.of("-1", "-" + length);
        if (own.isEmpty()) return Arbitraries.frequencyOf(Tuple.of(6, gather), Tuple.of(1, negative));
        return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of(own)), Tuple.of(2, gather), Tuple.of(1, negative));
    }

    /** A slice of a 1-D array's length: bounds that may be negative, past the end or crossed, steps of either sign. */
    private static Arbitrary<String> slice1(Scope s, FuzzSignature sig) {
        Arbitrary<String> bound = Arbitraries.of("", "1", "-1", "3", "-3", "i1", "n % 7", "a.shape[0] // 2");
        Arbitrary<String> step = Arbitraries.of("", "", "2", "-1", "-2", "3");
        return Combinators.combine(bound, bound, step).as((lo, hi, st) -> lo + ":" + hi + (st.isEmpty() ? "" : ":" + st));
    }

    /** A 1-D float view for hw: a slice of a, or a row or column of m when m is a float array. */
    private static Arbitrary<String> floatSlice(Scope s, FuzzSignature sig) {
        Arbitrary<String> ofA = slice1(s, sig).map(sl -> "a[" + sl + "]");
        if (!sig.mIsFloat()) return ofA;
        return Arbitraries.oneOf(ofA, rowOrColumn(s, sig).map(rc -> "m[" + rc + "]"));
    }

    /** A row or column of m as a 1-D view: "r", "r, 1:", ":, c", "::-1, c". */
    private static Arbitrary<String> rowOrColumn(Scope s, FuzzSignature sig) {
        Arbitrary<String> r = indexOf(s, sig, Extent.ROWS, "m.shape[0]"), col = indexOf(s, sig, Extent.COLS, "m.shape[1]");
        return Arbitraries.oneOf(r, r.map(x -> x + ", 1:"), col.map(x -> ":, " + x), col.map(x -> "::-1, " + x));
    }

    /** Any 1-D view for hs, np.sum, np.min. */
    private static Arbitrary<String> anySlice(Scope s, FuzzSignature sig) {
        return Arbitraries.oneOf(slice1(s, sig).map(sl -> "a[" + sl + "]"), slice1(s, sig).map(sl -> "b[" + sl + "]"),
                rowOrColumn(s, sig).map(rc -> "m[" + rc + "]"));
    }

    // ---- expressions ------------------------------------------------------------------------------------------

    private static Arbitrary<String> floatExpr(Scope s, FuzzSignature sig, int depth) {
        List<Arbitrary<String>> leaves = new ArrayList<>(List.of(Arbitraries.of(s.floats), Arbitraries.of("0.5", "-1.25", "2.0", "0.0")));
        if (s.vectors()) leaves.add(index1(s, sig).map(i -> "a[" + i + "]"));
        if (s.arrays && sig.mIsFloat()) leaves.add(index2(s, sig).map(i -> "m[" + i + "]"));
        if (s.floats.contains("f0")) leaves.add(Arbitraries.just("g0"));
        Arbitrary<String> leaf = Arbitraries.oneOf(leaves);
        if (depth == 0) return leaf;
        Arbitrary<String> sub = Arbitraries.lazy(() -> floatExpr(s, sig, depth - 1));
        List<Tuple.Tuple2<Integer, Arbitrary<? extends String>>> forms = new ArrayList<>(List.of(
                Tuple.of(4, leaf),
                Tuple.of(4, Combinators.combine(sub, Arbitraries.of("+", "-", "*"), sub).as((l, op, r) -> "(" + l + " " + op + " " + r + ")")),
                Tuple.of(1, Combinators.combine(sub, sub).as((l, r) -> "(" + l + " / (1.0 + " + r + " * " + r + "))")),
                Tuple.of(1, sub.map(e -> "np.sqrt(abs(" + e + "))")),
                Tuple.of(1, Combinators.combine(Arbitraries.of("min", "max"), sub, sub).as((fn, l, r) -> fn + "(" + l + ", " + r + ")")),
                Tuple.of(1, Arbitraries.lazy(() -> intExpr(s, sig, depth - 1)).map(e -> "(" + e + ") * 0.5")),
                Tuple.of(1, Combinators.combine(Arbitraries.lazy(() -> condition(s, sig)), sub, sub)
                        .as((c, t, e) -> "(" + t + " if " + c + " else " + e + ")"))));
        if (s.arrays) {
            forms.add(Tuple.of(1, Combinators.combine(sub, sub).as((l, r) -> "hf(" + l + ", " + r + ")")));
            if (s.prange == null) forms.add(Tuple.of(1, Combinators.combine(Arbitraries.of("hs", "np.sum"), anySlice(s, sig))
                    .as((fn, sl) -> fn + "(" + sl + ")")));
        }
        return Arbitraries.frequencyOf(forms.toArray(Tuple.Tuple2[]::new));
    }

    /** A float32 expression: float32 operands only, so it computes in float32. */
    private static Arbitrary<String> f32Expr(Scope s, FuzzSignature sig, int depth) {
        List<Arbitrary<String>> leaves = new ArrayList<>(List.of(Arbitraries.of("g0", "np.float32(0.5)", "np.float32(-1.5)")));
        if (s.vectors() && sig.a() == DType.FLOAT32) leaves.add(index1(s, sig).map(i -> "a[" + i + "]"));
        if (s.arrays && sig.m() == DType.FLOAT32) leaves.add(index2(s, sig).map(i -> "m[" + i + "]"));
        Arbitrary<String> leaf = Arbitraries.oneOf(leaves);
        if (depth == 0) return leaf;
        Arbitrary<String> sub = Arbitraries.lazy(() -> f32Expr(s, sig, depth - 1));
        return Arbitraries.frequencyOf(
                Tuple.of(3, leaf),
                Tuple.of(4, Combinators.combine(sub, Arbitraries.of("+", "-", "*"), sub).as((l, op, r) -> "(" + l + " " + op + " " + r + ")")),
                Tuple.of(1, Combinators.combine(sub, sub).as((l, r) -> "(" + l + " / (np.float32(1.0) + " + r + " * " + r + "))")),
                Tuple.of(1, sub.map(e -> "np.sqrt(abs(" + e + "))")),
                Tuple.of(1, Combinators.combine(Arbitraries.of("min", "max"), sub, sub).as((fn, l, r) -> fn + "(" + l + ", " + r + ")")),
                Tuple.of(1, Arbitraries.lazy(() -> floatExpr(s, sig, depth - 1)).map(e -> "np.float32(" + e + ")")));
    }

    private static Arbitrary<String> intExpr(Scope s, FuzzSignature sig, int depth) {
        List<Arbitrary<String>> leaves = new ArrayList<>(List.of(Arbitraries.of(s.ints), Arbitraries.of("0", "1", "-7", "3", "127")));
        if (!s.allIndices().isEmpty()) leaves.add(Arbitraries.of(s.allIndices()));
        if (s.vectors()) leaves.add(index1(s, sig).map(i -> "b[" + i + "]"));
        if (s.arrays && !sig.mIsFloat()) leaves.add(index2(s, sig).map(i -> "m[" + i + "]"));
        Arbitrary<String> leaf = Arbitraries.oneOf(leaves);
        if (depth == 0) return leaf;
        Arbitrary<String> sub = Arbitraries.lazy(() -> intExpr(s, sig, depth - 1));
        List<Tuple.Tuple2<Integer, Arbitrary<? extends String>>> forms = new ArrayList<>(List.of(
                Tuple.of(4, leaf),
                Tuple.of(4, Combinators.combine(sub, Arbitraries.of("+", "-", "*", "&", "|", "^"), sub).as((l, op, r) -> "(" + l + " " + op + " " + r + ")")),
                Tuple.of(1, Combinators.combine(sub, Arbitraries.of("//", "%"), sub).as((l, op, r) -> "(" + l + " " + op + " " + r + ")")),
                Tuple.of(1, Combinators.combine(sub, Arbitraries.of("//", "%"), Arbitraries.of("2", "3", "7")).as((l, op, r) -> "(" + l + " " + op + " " + r + ")")),
                Tuple.of(1, Combinators.combine(Arbitraries.of("min", "max"), sub, sub).as((fn, l, r) -> fn + "(" + l + ", " + r + ")")),
                Tuple.of(1, sub.map(e -> "abs(" + e + ")")),
                Tuple.of(2, Combinators.combine(Arbitraries.of("np.int8", "np.int16", "np.int32", "np.int64"), sub).as((t, e) -> t + "(" + e + ")")),
                Tuple.of(1, Combinators.combine(Arbitraries.lazy(() -> condition(s, sig)), sub, sub)
                        .as((c, t, e) -> "(" + t + " if " + c + " else " + e + ")"))));
        if (s.arrays) {
            forms.add(Tuple.of(1, Combinators.combine(sub, sub).as((l, r) -> "hi(" + l + ", " + r + ")")));
            if (s.prange == null) forms.add(Tuple.of(1, Combinators.combine(Arbitraries.of("np.sum", "np.min", "len"),
                    slice1(s, sig)).as((fn, sl) -> fn + "(b[" + sl + "])")));
        }
        return Arbitraries.frequencyOf(forms.toArray(Tuple.Tuple2[]::new));
    }

    private static Arbitrary<String> condition(Scope s, FuzzSignature sig) {
        List<Arbitrary<String>> forms = new ArrayList<>(List.of(
                Combinators.combine(floatExpr(s, sig, 0), Arbitraries.of("<", "<=", ">", "=="), floatExpr(s, sig, 0)).as((l, op, r) -> l + " " + op + " " + r),
                Combinators.combine(intExpr(s, sig, 1), Arbitraries.of("<", ">=", "==", "!="), intExpr(s, sig, 1)).as((l, op, r) -> l + " " + op + " " + r),
                intExpr(s, sig, 1).map(e -> "(" + e + ") % 2 == 0")));
        if (s.floats.contains("f0")) forms.add(Arbitraries.of("p0", "not p0"));
        if (s.vectors()) {
            forms.add(index1(s, sig).map(i -> "c[" + i + "]"));
            forms.add(Combinators.combine(index1(s, sig), Arbitraries.of(" and ", " or "), intExpr(s, sig, 0))
                    .as((i, op, e) -> "(c[" + i + "]" + op + e + " > 0)"));
        }
        return Arbitraries.oneOf(forms);
    }
}
