package io.jumba.codegen;

import io.jumba.array.DType;
import io.jumba.ir.Var;
import io.jumba.parallel.Reduction;
import io.jumba.runtime.parallel.ReductionKind;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * The Java code of a parallel loop's reductions ({@link Reduction}): each chunk's partial lives in slot
 * {@code c} of an array field of the loop object ({@code s_part} for {@code s}, {@code h_copies} for an array
 * reduction), read at the start of every chunk call and written back at its end; after the loop,
 * {@link io.jumba.runtime.parallel.Combine} folds the partials into the variable. Partials are {@code double[]}
 * (float64, and float32 min/max), {@code float[]} (float32 sums and products, rounded as the loop rounds) or
 * {@code long[]} (integers, and bools as 0/1). {@code body} is the Java name of the loop object.
 */
final class ParallelReductions {
    private ParallelReductions() {}

    /** The field declarations of r's partials. */
    static List<String> fields(Reduction r) {
        List<String> out = new ArrayList<>();
        switch (r) {
            case Reduction.Scalar s -> out.add(partialType(s.var(), s.kind()) + "[] " + part(s.var()) + ";");
            case Reduction.Arg a -> {
                out.add(partialType(a.value(), a.kind()) + "[] " + part(a.value()) + ";");
                for (Var c : a.companions()) out.add(JavaTypes.of(c.type()) + "[] " + part(c) + ";");
            }
            case Reduction.Array a -> out.add("NDArray[] " + Names.derived(a.array().name(), "copies") + ";");
        }
        return out;
    }

    /** Statements (before the run) that allocate r's partials for {@code chunks} chunks and set their start. */
    static List<String> setUp(Reduction r, String body, String chunks, String c) {
        List<String> out = new ArrayList<>();
        switch (r) {
            case Reduction.Scalar s -> start(out, body, s.var(), s.kind(), identity(s.var(), s.kind()), chunks, c);
            case Reduction.Arg a -> {
                start(out, body, a.value(), a.kind(), identity(a.value(), a.kind()), chunks, c);
                for (Var k : a.companions()) {
                    out.add(body + "." + part(k) + " = new " + JavaTypes.of(k.type()) + "[" + chunks + "];");
                    out.add("for (int " + c + " = 0; " + c + " < " + chunks + "; " + c + "++) " + body + "." + part(k)
                            + "[" + c + "] = " + Names.variable(k.name()) + ";");
                }
            }
            case Reduction.Array a -> out.add(body + "." + Names.derived(a.array().name(), "copies") + " = new NDArray["
                    + chunks + "];");
        }
        return out;
    }

    private static void start(List<String> out, String body, Var v, ReductionKind kind, String identity, String chunks,
                              String c) {
        out.add(body + "." + part(v) + " = new " + partialType(v, kind) + "[" + chunks + "];");
        out.add("for (int " + c + " = 0; " + c + " < " + chunks + "; " + c + "++) " + body + "." + part(v) + "[" + c
                + "] = " + identity + ";");
    }

    /**
     * Statements at the start of a chunk call (in the chunk method, {@code self} the loop object, {@code c} the
     * chunk index) that load r's partial into the variables; an array reduction's private copy is made on the
     * chunk's first call. Array variables loaded so are returned in {@code hoist} for the caller to hoist.
     */
    static List<String> load(Reduction r, String self, String c, List<Var> hoist) {
        List<String> out = new ArrayList<>();
        switch (r) {
            case Reduction.Scalar s -> out.add(Names.variable(s.var().name()) + " = " + fromPartial(s.var(), s.kind(),
                    self + "." + part(s.var()) + "[" + c + "]") + ";");
            case Reduction.Arg a -> {
                out.add(Names.variable(a.value().name()) + " = " + fromPartial(a.value(), a.kind(),
                        self + "." + part(a.value()) + "[" + c + "]") + ";");
                for (Var k : a.companions()) out.add(Names.variable(k.name()) + " = " + self + "." + part(k) + "[" + c + "];");
            }
            case Reduction.Array a -> {
                String copies = self + "." + Names.derived(a.array().name(), "copies");
                boolean fortran = ((Type.Array) a.array().type()).layout() == Layout.F;
                out.add("if (" + copies + "[" + c + "] == null) " + copies + "[" + c + "] = ArrayReduction.privateCopy(" + self + "."
                        + Names.variable(a.array().name()) + ", " + fortran + ", ReductionKind." + a.kind() + ");");
                out.add(Names.variable(a.array().name()) + " = " + copies + "[" + c + "];");
                hoist.add(a.array());
            }
        }
        return out;
    }

    /** Statements at the end of a chunk call that store the variables back into r's partial. */
    static List<String> store(Reduction r, String self, String c) {
        List<String> out = new ArrayList<>();
        switch (r) {
            case Reduction.Scalar s -> out.add(self + "." + part(s.var()) + "[" + c + "] = " + toPartial(s.var()) + ";");
            case Reduction.Arg a -> {
                out.add(self + "." + part(a.value()) + "[" + c + "] = " + toPartial(a.value()) + ";");
                for (Var k : a.companions()) out.add(self + "." + part(k) + "[" + c + "] = " + Names.variable(k.name()) + ";");
            }
            case Reduction.Array a -> { }  // the chunk wrote its private copy in place
        }
        return out;
    }

    /**
     * Statements after the run that fold the partials into the variables (the same tree as the interpreter's, in the
     * strict mode too); {@code fresh} makes temporaries' names.
     */
    static List<String> combine(Reduction r, String body, java.util.function.Function<String, String> fresh) {
        List<String> out = new ArrayList<>();
        switch (r) {
            case Reduction.Scalar s -> {
                String v = Names.variable(s.var().name());
                out.add(v + " = " + combined(s, v, body + "." + part(s.var())) + ";");
            }
            case Reduction.Arg a -> {
                String v = Names.variable(a.value().name()), values = body + "." + part(a.value());
                String moved = fresh.apply("moved"), c = fresh.apply("chunk"), win = fresh.apply("winner");
                out.add("boolean[] " + moved + " = new boolean[" + values + ".length];");
                StringBuilder test = new StringBuilder("ChunkUpdates.moved(" + values + "[" + c + "], "
                        + identity(a.value(), a.kind()) + ")");
                for (Var k : a.companions()) {
                    test.append(" || ChunkUpdates.moved(").append(body).append('.').append(part(k)).append('[').append(c)
                        .append("], ").append(Names.variable(k.name())).append(')');
                }
                out.add("for (int " + c + " = 0; " + c + " < " + values + ".length; " + c + "++) " + moved + "[" + c + "] = "
                        + test + ";");
                out.add("int " + win + " = Combine.winner(ReductionKind." + a.kind() + ", " + widened(a.value(), v) + ", "
                        + values + ", " + moved + ", " + a.lastWinsTies() + ");");
                StringBuilder take = new StringBuilder(v + " = " + fromPartial(a.value(), a.kind(), values + "[" + win + "]") + ";");
                for (Var k : a.companions()) {
                    take.append(' ').append(Names.variable(k.name())).append(" = ").append(body).append('.').append(part(k))
                        .append('[').append(win).append("];");
                }
                out.add("if (" + win + " >= 0) { " + take + " }");
            }
            case Reduction.Array a -> out.add("ArrayReduction.combine(ReductionKind." + a.kind() + ", "
                    + Names.variable(a.array().name()) + ", " + body + "." + Names.derived(a.array().name(), "copies")
                    + ");");
        }
        return out;
    }

    private static String combined(Reduction.Scalar s, String v, String partials) {
        DType d = dtype(s.var());
        String kind = "ReductionKind." + s.kind();
        return switch (s.kind()) {
            case SUM, PRODUCT -> {
                String fn = s.kind() == ReductionKind.SUM ? "sum" : "product";
                if (d.isFloat()) yield "Combine." + fn + "(" + v + ", " + partials + ")";
                yield exact(d, "Combine." + fn + "(" + widened(s.var(), v) + ", " + partials + ")");
            }
            case BIT_AND, BIT_OR, BIT_XOR -> {
                String fn = switch (s.kind()) {
                    case BIT_AND -> "bitAnd";
                    case BIT_OR -> "bitOr";
                    default -> "bitXor";
                };
                yield exact(d, "Combine." + fn + "(" + widened(s.var(), v) + ", " + partials + ")");
            }
            default -> {
                if (d == DType.FLOAT64) yield "Combine.minMax(" + kind + ", " + v + ", " + partials + ", " + s.lastWinsTies() + ")";
                if (d == DType.FLOAT32) yield "((float) Combine.minMax(" + kind + ", (double) " + v + ", " + partials + ", "
                        + s.lastWinsTies() + "))";
                String fn = d == DType.UINT64 ? "minMaxUnsigned" : "minMax";
                yield exact(d, "Combine." + fn + "(" + kind + ", " + widened(s.var(), v) + ", " + partials + ")");
            }
        };
    }

    /** A long-valued result back in the variable's dtype (bool: non-zero). */
    private static String exact(DType d, String longValue) {
        return d.isBool() ? "(" + longValue + " != 0L)" : JavaTypes.narrow(d, longValue);
    }

    /** The variable's value as its partials hold it: long for integers and bools, double or float for floats. */
    private static String widened(Var v, String java) {
        DType d = dtype(v);
        if (d.isBool()) return "(" + java + " ? 1L : 0L)";
        if (d.isFloat()) return d == DType.FLOAT32 ? "(double) " + java : java;
        return "(long) " + java;
    }

    private static String toPartial(Var v) {
        return dtype(v).isBool() ? "(" + Names.variable(v.name()) + " ? 1L : 0L)" : Names.variable(v.name());
    }

    private static String fromPartial(Var v, ReductionKind kind, String partial) {
        DType d = dtype(v);
        if (d.isBool()) return "(" + partial + " != 0L)";
        if (d == DType.FLOAT32) return partialType(v, kind).equals("float") ? partial : "((float) " + partial + ")";
        if (d.isFloat()) return partial;
        return JavaTypes.narrow(d, partial);
    }

    /** The Java literal of kind's identity in the partial's type. */
    private static String identity(Var v, ReductionKind kind) {
        DType d = dtype(v);
        Object id = kind.identity(d);
        if (d.isBool()) return (Boolean) id ? "1L" : "0L";
        if (d.isFloat()) return JavaTypes.literal(id, partialType(v, kind).equals("float") ? DType.FLOAT32 : DType.FLOAT64);
        return JavaTypes.literal(id, DType.INT64);
    }

    private static String partialType(Var v, ReductionKind kind) {
        DType d = dtype(v);
        if (d == DType.FLOAT64) return "double";
        if (d == DType.FLOAT32) return kind == ReductionKind.SUM || kind == ReductionKind.PRODUCT ? "float" : "double";
        return "long";
    }

    private static String part(Var v) { return Names.derived(v.name(), "part"); }

    private static DType dtype(Var v) { return ((Type.Scalar) v.type()).dtype(); }
}
