package io.jumba.codegen;

import io.jumba.array.DType;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Function;
import io.jumba.ir.Stmt;
import io.jumba.ir.Stmts;
import io.jumba.ir.Var;
import io.jumba.parallel.Reduction;
import io.jumba.plan.LoopPlan;
import io.jumba.plan.LoopPlans;
import io.jumba.plan.OutlinedNest;
import io.jumba.runtime.MathTyping;
import io.jumba.runtime.ScalarImplementation;
import io.jumba.source.SourcePos;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Emits one IR function as a static Java method. Every local is declared up front (Java's definite assignment);
 * each array variable's data, offset, shape and strides are hoisted into locals ({@code a_data}, {@code a_off},
 * {@code a_n0}, {@code a_s0}) refreshed at each assignment, so element access is plain array indexing. Names follow
 * {@link Names}; each loop gets a comment naming its kernel line and its {@link LoopPlan}.
 * The top-level loop nests the jit's outlining step chose ({@link OutlinedNest}) become private static methods
 * {@code f_$<k>} of their own, called in their place, so that no single method grows past HotSpot's JIT limit.
 */
final class FunctionEmitter {
    private final Function function;
    private final JavaSourceGenerator.ClassContext context;
    private final LoopEmitter loops;
    /** The plans of the function's loops, which {@link #loops} wrote down. */
    private final LoopPlans plans;
    /** The top-level loop nests to print as methods of their own, in body order. */
    private final List<OutlinedNest> outlined;
    private StringBuilder out;
    private final Map<String, Type> locals = new LinkedHashMap<>();
    private final Set<String> nonNegativeIndices;
    /** Locals that hold an array parameter's length ({@link LoopFacts#axisLengths}). */
    private final Map<String, Expr.Dim> axisLengths;
    /** The indices of the loops being emitted that stay inside an array's axis ({@link LoopFacts#inBounds}). */
    private final Map<String, LoopFacts.InBounds> inBounds = new HashMap<>();
    private final Temporaries temps = new Temporaries();
    private int indent = 2;
    /** Loops around the statement being emitted: the outermost check for cancellation (Faults.checkInterrupt). */
    private int loopNesting;
    /** Iterations of an outermost loop without inner loops between two cancellation checks (strip-mining). */
    private static final int STRIP = 65536;
    /**
     * Iterations of a loop without inner loops that run without a check when its arrays are whole ({@link #flatLoop}):
     * C2 compiles such a loop flat and with constant offsets markedly better than in strips (histogram: docs/benchmarks.md).
     */
    private static final long FLAT = 1L << 24;
    /** Arrays whose view starts at index 0 of its storage in the code being emitted: no offset in their positions. */
    private Set<String> atStorageStart = Set.of();
    /** 1-D arrays of unit stride that also span their whole storage there: the storage's length bounds their index. */
    private Set<String> spanningStorage = Set.of();
    /** The label of the strip-mined loop whose body is being emitted, which a break leaves; null: a plain break. */
    private String breakLabel;
    /**
     * While a prange chunk's loop without inner loops is emitted: Parallel checks for cancellation before each
     * sub-block of iterations it hands to the chunk method, so the loop itself needs no check.
     */
    private boolean subBlockChecked;
    /** Whether a prange chunk method is being emitted, whose checks look at the interrupt of the loop's caller. */
    private boolean inChunk;
    /** The load of a[i] in the value of a[i] op= v being emitted, and the variable holding its checked position. */
    private Expr.Load sharedLoad;
    private String sharedPosition;

    FunctionEmitter(Function function, LoopPlans plans, JavaSourceGenerator.ClassContext context, LoopEmitter loops,
                    StringBuilder out, List<OutlinedNest> outlined) {
        this.function = function;
        this.plans = plans;
        this.context = context;
        this.loops = loops;
        this.outlined = outlined;
        this.out = out;
        Set<String> params = new HashSet<>();
        for (Var p : function.params()) params.add(p.name());
        for (Var v : Stmts.assigned(function.body())) if (!params.contains(v.name())) locals.put(v.name(), v.type());
        this.nonNegativeIndices = LoopFacts.nonNegativeIndices(function);
        this.axisLengths = LoopFacts.axisLengths(function);
    }

    /** Appends the method (and adds its outlined and parallel parts to the class context); returns its size. */
    StatementSizes emit() {
        int start = out.length();
        StringBuilder sig = new StringBuilder();
        for (Var p : function.params()) {
            if (!sig.isEmpty()) sig.append(", ");
            sig.append(JavaTypes.of(p.type())).append(' ').append(Names.variable(p.name()));
        }
        out.append("    // ").append(JavaText.comment(function.pythonName())).append(" at ")
           .append(JavaText.comment(function.pos().toString())).append('\n');
        out.append("    public static ").append(JavaTypes.result(function.returnType())).append(' ')
           .append(Names.function(function.name())).append('(').append(sig).append(") {\n");
        int declarations = out.length();
        for (Var p : function.params()) if (p.type() instanceof Type.Array a) declareHoisted(p.name(), a);
        for (Map.Entry<String, Type> e : locals.entrySet()) {
            line(JavaTypes.of(e.getValue()) + " " + Names.variable(e.getKey()) + " = " + JavaTypes.zero(e.getValue()) + ";");
            if (e.getValue() instanceof Type.Array a) declareHoisted(e.getKey(), a);
        }
        if (out.length() > declarations) out.append('\n');
        for (Var p : function.params()) if (p.type() instanceof Type.Array) hoist(p.name(), (Type.Array) p.type());
        List<Integer> sizes = new ArrayList<>();
        boolean falls = body(sizes);
        if (falls && !(function.returnType() instanceof Type.None)) {
            line("return " + JavaTypes.zero(function.returnType()) + ";");
        }
        out.append("    }\n");
        while (sizes.size() < function.body().size()) sizes.add(0);
        int statements = sizes.stream().mapToInt(Integer::intValue).sum();
        return new StatementSizes(StatementSizes.count(out, start, out.length()) - statements, sizes);
    }

    // ---- outlined loop nests ------------------------------------------------------------------------------------

    /**
     * The function body, each {@link OutlinedNest} replaced by a call of its method; like {@link #block}. Adds to
     * sizes the characters each statement took here (an outlined run's call counts for its first statement).
     */
    private boolean body(List<Integer> sizes) {
        List<Stmt> body = function.body();
        int part = 0;
        for (int k = 0; k < body.size(); k++) {
            int start = out.length();
            if (part < outlined.size() && outlined.get(part).statement() == k) {
                OutlinedNest plan = outlined.get(part);
                outlined(body.subList(k, k + plan.count()), part++, plan);
                sizes.add(StatementSizes.count(out, start, out.length()));
                for (int rest = 1; rest < plan.count(); rest++) sizes.add(0);
                k += plan.count() - 1;
            } else {
                boolean falls = stmt(body.get(k));
                sizes.add(StatementSizes.count(out, start, out.length()));
                if (!falls) return false;
            }
        }
        return true;
    }

    /**
     * Prints statements (a loop nest, or a run of straight-line statements) as method {@code <function>$<part>}
     * (e.g. {@code f_$0}), as the outlining step planned it: the variables passed in (arrays re-read their hoisted
     * data, offset, shape and strides) and handed back (one as the return value, several boxed in an
     * {@code Object[]}); and in their place, the call.
     */
    private void outlined(List<Stmt> statements, int part, OutlinedNest plan) {
        List<Var> ins = plan.ins(), outs = plan.outs();
        String name = Names.outlined(function.name(), part);
        String result = outs.isEmpty() ? "void" : outs.size() == 1 ? JavaTypes.of(outs.getFirst().type()) : "Object[]";
        StringBuilder saved = out;
        int savedIndent = indent;
        out = new StringBuilder();
        StringBuilder sig = new StringBuilder(), args = new StringBuilder();
        for (Var v : ins) {
            sig.append(sig.isEmpty() ? "" : ", ").append(JavaTypes.of(v.type())).append(' ').append(Names.variable(v.name()));
            args.append(args.isEmpty() ? "" : ", ").append(Names.variable(v.name()));
        }
        Stmt first = statements.getFirst();
        if (first instanceof Stmt.ForRange || first instanceof Stmt.While) {
            SourcePos pos = first instanceof Stmt.ForRange f ? f.pos() : ((Stmt.While) first).pos();
            out.append("    // loop nest of ").append(JavaText.comment(function.pythonName())).append(" at ")
               .append(JavaText.comment(pos.toString())).append('\n');
        } else {
            out.append("    // statements ").append(plan.statement() + 1).append(" to ").append(plan.statement() + plan.count())
               .append(" of ").append(JavaText.comment(function.pythonName())).append('\n');
        }
        out.append("    private static ").append(result).append(' ').append(name).append('(').append(sig).append(") {\n");
        for (Var v : ins) {
            if (!(v.type() instanceof Type.Array a)) continue;
            declareHoisted(v.name(), a);
            if (function.params().contains(v)) {
                hoist(v.name(), a);
            } else {
                // A local array not assigned yet is null; the nest assigns it (and hoists) before any use.
                line("if (" + Names.variable(v.name()) + " != null) {");
                indent++;
                hoist(v.name(), a);
                indent--;
                line("}");
            }
        }
        for (Stmt s : statements) stmt(s);
        if (outs.size() == 1) {
            line("return " + Names.variable(outs.getFirst().name()) + ";");
        } else if (!outs.isEmpty()) {
            StringBuilder boxed = new StringBuilder();
            for (Var v : outs) boxed.append(boxed.isEmpty() ? "" : ", ").append(JavaTypes.box(v.type(), Names.variable(v.name())));
            line("return new Object[] {" + boxed + "};");
        }
        out.append("    }");
        context.methods.add(out.toString());
        out = saved;
        indent = savedIndent;
        String call = name + "(" + args + ")";
        if (outs.isEmpty()) {
            line(call + ";");
        } else if (outs.size() == 1) {
            line(Names.variable(outs.getFirst().name()) + " = " + call + ";");
            if (outs.getFirst().type() instanceof Type.Array a) hoist(outs.getFirst().name(), a);
        } else {
            String r = temps.fresh("results");
            line("{");
            indent++;
            line("Object[] " + r + " = " + call + ";");
            for (int k = 0; k < outs.size(); k++) {
                Var v = outs.get(k);
                line(Names.variable(v.name()) + " = " + JavaTypes.unbox(v.type(), r + "[" + k + "]") + ";");
                if (v.type() instanceof Type.Array a) hoist(v.name(), a);
            }
            indent--;
            line("}");
        }
    }

    // ---- parallel loops -------------------------------------------------------------------------------------

    /**
     * A parallel loop (see {@link LoopPlan.Parallel}): a static nested class {@code f_$P<k>} extending
     * {@code ParallelLoop} whose fields hold every variable the loop mentions and the reductions' partials, and a
     * chunk method {@code f_$p<k>} that loads them, runs the chunk loop by its plan and stores the partials back.
     * In place of the loop: the range evaluated once, the run on the chunk grid, the partials combined, and the
     * index and last-value privates set as the last iteration left them.
     */
    private void parallel(Stmt.ForRange f, LoopPlan.Parallel plan) {
        int k = context.parallelLoops++;
        String type = Names.function(function.name()) + "$P" + k, method = Names.function(function.name()) + "$p" + k;
        Map<String, Type> variables = new LinkedHashMap<>();
        for (Var p : function.params()) variables.put(p.name(), p.type());
        variables.putAll(locals);
        Set<String> mentioned = new HashSet<>();
        for (Var v : Stmts.mentioned(List.of(plan.chunkLoop()))) mentioned.add(v.name());
        variables.keySet().retainAll(mentioned);
        List<Reduction> reductions = plan.sharing().reductions();
        chunkClass(type, method, variables, reductions);
        chunkMethod(type, method, plan, variables, reductions);

        String start = temps.fresh("start"), stop = temps.fresh("stop"), step = temps.fresh("step");
        String trips = temps.fresh("trips"), grid = temps.fresh("grid"), body = temps.fresh("body");
        line("{");
        indent++;
        line("long " + start + " = " + expr(f.start()) + ";");
        line("long " + stop + " = " + expr(f.stop()) + ";");
        line("long " + step + " = " + expr(f.step()) + ";");
        line("if (" + step + " == 0L) throw Faults.rangeStepZero(" + context.ref(f.pos()) + ");");
        line("long " + trips + " = ChunkGrid.trips(" + start + ", " + stop + ", " + step + ");");
        // Below the threshold the loop runs as the serial loop, on the caller, whatever the thread count.
        line("if (Parallel.serialLoop(" + trips + ", " + plan.workPerIteration() + "L)) {");
        indent++;
        line("long " + Names.variable(plan.from().name()) + " = " + start + ";");
        line("long " + Names.variable(plan.to().name()) + " = " + stop + ";");
        stmt(plan.chunkLoop());
        indent--;
        line("} else {");
        indent++;
        line("ChunkGrid " + grid + " = ChunkGrid.of(" + trips + ", " + plan.workPerIteration() + "L);");
        line(type + " " + body + " = new " + type + "();");
        line(body + ".start = " + start + "; " + body + ".step = " + step + "; " + body + ".trips = " + trips + ";");
        for (String v : variables.keySet()) line(body + "." + Names.variable(v) + " = " + Names.variable(v) + ";");
        String chunk = temps.fresh("chunk");
        for (Reduction r : reductions) for (String l : ParallelReductions.setUp(r, body, grid + ".chunks()", chunk)) line(l);
        line("Parallel.run(" + grid + ", " + body + ", " + context.ref(f.pos()) + ");");
        for (Reduction r : reductions) {
            for (String l : ParallelReductions.combine(r, body, temps::fresh)) line(l);
        }
        line("if (" + trips + " > 0L) {");
        indent++;
        line(Names.variable(f.index().name()) + " = " + start + " + (" + trips + " - 1L) * " + step + ";");
        for (Var v : plan.sharing().lastPrivates()) {
            line(Names.variable(v.name()) + " = " + body + "." + Names.variable(v.name()) + ";");
            if (v.type() instanceof Type.Array a) hoist(v.name(), a);
        }
        indent--;
        line("}");
        indent--;
        line("}");
        indent--;
        line("}");
    }

    /** The loop class: fields for the range, the variables and the partials; chunk() calls the chunk method. */
    private void chunkClass(String type, String method, Map<String, Type> variables, List<Reduction> reductions) {
        StringBuilder c = new StringBuilder();
        c.append("    // the parallel loop's state: what its chunks read and the reductions' partials\n");
        c.append("    static final class ").append(type).append(" extends ParallelLoop {\n");
        c.append("        long start, step, trips;\n");
        for (Map.Entry<String, Type> e : variables.entrySet()) {
            c.append("        ").append(JavaTypes.of(e.getValue())).append(' ').append(Names.variable(e.getKey())).append(";\n");
        }
        for (Reduction r : reductions) for (String f : ParallelReductions.fields(r)) c.append("        ").append(f).append('\n');
        c.append("        public void chunk(long lo, long hi, int chunk) { ").append(context.className).append('.')
         .append(method).append("(this, lo, hi, chunk); }\n");
        c.append("    }");
        context.methods.add(c.toString());
    }

    /** The chunk method: the variables loaded from the loop object, the chunk loop over [lo, hi), partials stored. */
    private void chunkMethod(String type, String method, LoopPlan.Parallel plan, Map<String, Type> variables,
                             List<Reduction> reductions) {
        StringBuilder saved = out;
        int savedIndent = indent;
        out = new StringBuilder();
        indent = 2;
        out.append("    // chunk of the prange loop of ").append(JavaText.comment(function.pythonName()))
           .append(" at ").append(JavaText.comment(plan.chunkLoop().pos().toString())).append('\n');
        String self = temps.fresh("self"), lo = temps.fresh("lo"), hi = temps.fresh("hi"), chunk = temps.fresh("chunk");
        out.append("    static void ").append(method).append('(').append(type).append(' ').append(self).append(", long ")
           .append(lo).append(", long ").append(hi).append(", int ").append(chunk).append(") {\n");
        Set<String> reduced = new HashSet<>();
        for (Reduction r : reductions) for (Var v : r.vars()) reduced.add(v.name());
        for (Map.Entry<String, Type> e : variables.entrySet()) {
            line(JavaTypes.of(e.getValue()) + " " + Names.variable(e.getKey()) + " = " + JavaTypes.zero(e.getValue()) + ";");
            if (e.getValue() instanceof Type.Array a) declareHoisted(e.getKey(), a);
        }
        line("long " + Names.variable(plan.from().name()) + " = " + self + ".start + " + lo + " * " + self + ".step;");
        line("long " + Names.variable(plan.to().name()) + " = " + self + ".start + " + hi + " * " + self + ".step;");
        for (Map.Entry<String, Type> e : variables.entrySet()) {
            if (reduced.contains(e.getKey())) continue;
            line(Names.variable(e.getKey()) + " = " + self + "." + Names.variable(e.getKey()) + ";");
            if (e.getValue() instanceof Type.Array a) {
                // A local array the loop reads before any assignment may still be null here, as in the serial loop.
                line("if (" + Names.variable(e.getKey()) + " != null) {");
                indent++;
                hoist(e.getKey(), a);
                indent--;
                line("}");
            }
        }
        List<Var> hoist = new ArrayList<>();
        for (Reduction r : reductions) for (String l : ParallelReductions.load(r, self, chunk, hoist)) line(l);
        for (Var v : hoist) hoist(v.name(), (Type.Array) v.type());
        subBlockChecked = withoutInnerLoops(plan.chunkLoop());
        inChunk = true;
        stmt(plan.chunkLoop());
        inChunk = false;
        subBlockChecked = false;
        for (Reduction r : reductions) for (String l : ParallelReductions.store(r, self, chunk)) line(l);
        if (!plan.sharing().lastPrivates().isEmpty()) {
            line("if (" + hi + " == " + self + ".trips) {");
            indent++;
            for (Var v : plan.sharing().lastPrivates()) line(self + "." + Names.variable(v.name()) + " = " + Names.variable(v.name()) + ";");
            indent--;
            line("}");
        }
        out.append("    }");
        context.methods.add(out.toString());
        out = saved;
        indent = savedIndent;
    }

    // ---- arrays ---------------------------------------------------------------------------------------------

    /** Whether t's data is read as a memory segment: numeric arrays of segment kernels, complex ones never. */
    private boolean segment(Type.Array t) { return context.segments && t.dtype() != DType.BOOL && !t.dtype().isComplex(); }

    private void declareHoisted(String name, Type.Array t) {
        boolean seg = segment(t);
        line((seg ? "MemorySegment" : JavaTypes.storage(t.dtype())) + " " + Names.derived(name, "data") + " = null;");
        StringBuilder sb = new StringBuilder((seg ? "long " : "int ") + Names.derived(name, "off") + " = 0");
        for (int d = 0; d < t.ndim(); d++) sb.append(", ").append(Names.derived(name, "n" + d)).append(" = 0");
        for (int d = 0; d < t.ndim(); d++) {
            if (d != unitAxis(t)) sb.append(", ").append(Names.derived(name, "s" + d)).append(" = 0");
        }
        line(sb + ";");
    }

    private void hoist(String name, Type.Array t) {
        String v = Names.variable(name);
        boolean seg = segment(t);
        line(Names.derived(name, "data") + " = " + (seg ? v + ".segment();" : "(" + JavaTypes.storage(t.dtype()) + ") " + v + ".data();"));
        line(Names.derived(name, "off") + " = " + v + (seg ? ".longOffset();" : ".offset();"));
        for (int d = 0; d < t.ndim(); d++) {
            String stride = d == unitAxis(t) ? ""
                    : " " + Names.derived(name, "s" + d) + " = " + v + "." + (seg ? "longStride(" : "stride(") + d + ");";
            line(Names.derived(name, "n" + d) + " = " + v + "." + (seg ? "longShape(" : "shape(") + d + ");" + stride);
        }
    }

    /** The axis whose stride is statically 1, or -1. */
    private static int unitAxis(Type.Array t) {
        if (t.ndim() == 0) return -1;
        return switch (t.layout()) {
            case C -> t.ndim() - 1;
            case F -> 0;
            case A -> -1;
        };
    }

    /**
     * {@code a_off + i*a_s0 + j} for a local array, with wrap and bounds checks (long for segment arrays); without the
     * offset where the array starts at its storage's start, bounded by the storage's length where it spans it.
     */
    private String position(Expr.Local array, List<Expr> indices, String pos) {
        Type.Array t = (Type.Array) array.type();
        String v = array.var().name();
        String index = segment(t) ? "Indexing.longIndex" : "Indexing.index";
        List<String> terms = new ArrayList<>();
        if (!atStorageStart.contains(v)) terms.add(Names.derived(v, "off"));
        for (int d = 0; d < indices.size(); d++) {
            Expr ix = indices.get(d);
            boolean nonNeg = ix instanceof Expr.Local l && nonNegativeIndices.contains(l.var().name());
            boolean inside = ix instanceof Expr.Local l
                    && new LoopFacts.InBounds(v, d).equals(inBounds.get(l.var().name()));
            String length = spanningStorage.contains(v) ? Names.derived(v, "data") + ".length" : Names.derived(v, "n" + d);
            String checked = inside ? (segment(t) ? expr(ix) : "(int) " + expr(ix))
                    : index + (nonNeg ? "NonNegative(" : "(") + expr(ix) + ", " + length + ", " + d + ", " + pos + ")";
            terms.add(d != unitAxis(t) ? checked + " * " + Names.derived(v, "s" + d) : checked);
        }
        return terms.isEmpty() ? "0" : String.join(" + ", terms);
    }

    private String indexArray(List<Expr> indices) {
        StringBuilder sb = new StringBuilder("new long[] {");
        for (int d = 0; d < indices.size(); d++) sb.append(d == 0 ? "" : ", ").append(expr(indices.get(d)));
        return sb.append('}').toString();
    }

    private String load(Expr.Load l) {
        DType d = Expr.dtypeOf(l.array());
        String pos = context.ref(l.pos());
        if (l.array() instanceof Expr.Local local) {
            String data = Names.derived(local.var().name(), "data");
            String at = l == sharedLoad ? sharedPosition : position(local, l.indices(), pos);
            if (segment((Type.Array) local.type())) return SegmentAccess.load(d, data, at);
            if (d.isComplex()) return "ComplexMath.load(" + data + ", " + at + ")";
            return JavaTypes.fromStorage(d, data + "[" + at + "]");
        }
        String args = "(" + expr(l.array()) + ", " + indexArray(l.indices()) + ", " + pos + ")";
        if (d.isComplex()) return "ArrayOps.loadComplex" + args;
        if (d.isBool()) return "ArrayOps.loadBoolean" + args;
        if (d.isFloat()) return "((" + JavaTypes.scalar(d) + ") ArrayOps.loadDouble" + args + ")";
        return JavaTypes.narrow(d, "ArrayOps.loadLong" + args);
    }

    private void store(Stmt.Store s) {
        DType d = Expr.dtypeOf(s.array());
        String pos = context.ref(s.pos());
        if (s.array() instanceof Expr.Local local) {
            // a[i] op= v reads a[i] before anything else, so its checked position serves the load and the store
            Expr.Load first = firstEvaluated(s.value());
            boolean shared = first != null && first.array().equals(s.array()) && first.indices().equals(s.indices())
                    && s.indices().stream().allMatch(ix -> ix instanceof Expr.Local || ix instanceof Expr.Const);
            boolean simple = s.value() instanceof Expr.Const || s.value() instanceof Expr.Local;
            if (!simple) {
                line("{");
                indent++;
            }
            String at = shared ? temps.fresh("at") : null;
            if (shared) {
                line((segment((Type.Array) local.type()) ? "long " : "int ") + at + " = "
                        + position(local, s.indices(), context.ref(first.pos())) + ";");
                sharedLoad = first;
                sharedPosition = at;
            }
            // Python evaluates the value before the subscript, so a failing value wins over a bad index.
            String value = expr(s.value());
            sharedLoad = null;
            String v = simple ? value : temps.fresh("value");
            if (!simple) line(JavaTypes.scalar(d) + " " + v + " = " + value + ";");
            if (!shared) at = position(local, s.indices(), pos);
            String data = Names.derived(local.var().name(), "data");
            if (segment((Type.Array) local.type())) line(SegmentAccess.store(d, data, at, v));
            else if (d.isComplex()) line("ComplexMath.store(" + data + ", " + at + ", " + v + ");");
            else line(data + "[" + at + "] = " + JavaTypes.toStorage(d, v) + ";");
            if (!simple) {
                indent--;
                line("}");
            }
            return;
        }
        String value = expr(s.value());
        String kind = d.isBool() ? "Boolean" : d.isFloat() ? "Double" : d.isComplex() ? "Complex" : "Long";
        line("ArrayOps.store" + kind + "(" + expr(s.array()) + ", " + indexArray(s.indices()) + ", " + value + ", "
                + pos + ");");
    }

    /** The load that value's evaluation starts with (its leftmost operand through casts and binary operators), or null. */
    private static Expr.Load firstEvaluated(Expr value) {
        return switch (value) {
            case Expr.Load l -> l;
            case Expr.Binary b -> firstEvaluated(b.left());
            case Expr.Cast c -> firstEvaluated(c.operand());
            default -> null;
        };
    }

    // ---- statements -----------------------------------------------------------------------------------------

    /** Emits the statements up to the first one that cannot complete; returns whether the block can complete. */
    private boolean block(List<Stmt> stmts) {
        for (Stmt s : stmts) if (!stmt(s)) return false;
        return true;
    }

    /** Emits a statement; returns whether it can complete normally in Java's sense. */
    private boolean stmt(Stmt s) {
        switch (s) {
            case Stmt.Assign a -> {
                line(Names.variable(a.target().name()) + " = " + expr(a.value()) + ";");
                if (a.target().type() instanceof Type.Array t) hoist(a.target().name(), t);
            }
            case Stmt.Store st -> store(st);
            case Stmt.ArrayStore st -> throw notLowered();
            case Stmt.If i -> {
                line("if (" + expr(i.cond()) + ") {");
                boolean thenFalls = nested(i.then());
                if (i.otherwise().isEmpty()) {
                    line("}");
                    return true;
                }
                line("} else {");
                boolean elseFalls = nested(i.otherwise());
                line("}");
                return thenFalls || elseFalls;
            }
            case Stmt.ForRange f -> {
                LoopPlan plan = plans.of(f);
                line(host.comment("line " + f.pos().line() + ": " + plan.summary()));
                if (plan instanceof LoopPlan.Scalar) {
                    forRange(f, null, null);
                } else if (plan instanceof LoopPlan.Parallel p) {
                    parallel(f, p);
                } else {
                    for (String l : loops.emit(f, plan, function.options(), host).split("\n")) if (!l.isBlank()) line(l);
                }
            }
            case Stmt.While w -> {
                // while (true) + a leading conditional break: never a constant condition, so Java's
                // reachability rules cannot reject the code after the loop.
                line(host.comment("line " + w.pos().line() + ": " + plans.of(w).summary()));
                line("while (true) {");
                indent++;
                line("if (!(" + expr(w.cond()) + ")) break;");
                checkLine(w.pos()); // a while loop may never end
                indent--;
                loopNesting++;
                nested(w.body());
                loopNesting--;
                line("}");
            }
            case Stmt.Break b -> {
                line(breakLabel == null ? "break;" : "break " + breakLabel + ";");
                return false;
            }
            case Stmt.Continue c -> {
                line("continue;");
                return false;
            }
            case Stmt.Return r -> {
                line(r.value() == null ? "return;" : "return " + expr(r.value()) + ";");
                return false;
            }
            case Stmt.Print p -> {
                StringBuilder texts = new StringBuilder(), values = new StringBuilder();
                for (String t : p.texts()) texts.append(texts.length() == 0 ? "" : ", ").append(JavaText.stringLiteral(t));
                for (Expr v : p.values()) {
                    boolean unsigned = v.type() instanceof Type.Scalar vs && vs.dtype() == DType.UINT64;
                    values.append(values.length() == 0 ? "" : ", ")
                          .append(unsigned ? "Printing.unsigned(" + expr(v) + ")" : JavaTypes.box(v.type(), expr(v)));
                }
                line("Printing.print(new String[] {" + texts + "}, new Object[] {" + values + "});");
            }
            case Stmt.Raise r -> {
                StringBuilder values = new StringBuilder();
                for (Expr arg : r.args()) values.append(values.length() == 0 ? "" : ", ").append(expr(arg));
                line("throw Faults.raise(" + JavaText.stringLiteral(r.pythonName()) + ", "
                        + JavaText.stringLiteral(r.format()) + ", new long[] {" + values + "}, " + context.ref(r.pos()) + ");");
                return false;
            }
            case Stmt.Try t -> {
                line("try {");
                boolean falls = nested(t.body());
                if (t.catches()) {
                    String caught = temps.fresh("caught");
                    line("} catch (RuntimeException " + caught + ") {");
                    indent++;
                    line("Faults.requireCatchable(" + caught + ");");
                    indent--;
                    falls |= nested(t.handler());
                }
                if (!t.finalBody().isEmpty()) {
                    line("} finally {");
                    falls &= nested(t.finalBody()); // Java: a finally that cannot complete ends the whole try
                }
                line("}");
                return falls;
            }
            case Stmt.Eval e -> {
                if (e.value() instanceof Expr.Call || e.value() instanceof Expr.Threads || e.value() instanceof Expr.Random
                        || e.value() instanceof Expr.Collection c && c.type() instanceof Type.None) {
                    line(expr(e.value()) + ";");
                }
                else line("{ " + JavaTypes.of(e.value().type()) + " " + temps.fresh("unused") + " = " + expr(e.value())
                        + "; }");
            }
        }
        return true;
    }

    private boolean nested(List<Stmt> body) {
        indent++;
        boolean falls = block(body);
        indent--;
        return falls;
    }

    /** What a {@link LoopEmitter} may use of this emitter. */
    private final LoopEmitter.Host host = new LoopEmitter.Host() {
        @Override public String expr(Expr e) { return FunctionEmitter.this.expr(e); }

        @Override public String local(Var v) { return Names.variable(v.name()); }

        @Override public String local(Var v, String role) {
            if (Names.hoistedRole(role)) throw new IllegalArgumentException("the generator's own role: " + role);
            return Names.derived(v.name(), role);
        }

        @Override public String hoisted(Var v, String part) {
            if (!Names.hoistedRole(part)) throw new IllegalArgumentException("no hoisted part: " + part);
            Type.Array t = (Type.Array) v.type();
            return part.equals("s" + unitAxis(t)) ? "1" : Names.derived(v.name(), part);
        }

        @Override public String scalarLoop(Stmt.ForRange loop) { return scalarLoop(loop, null, null); }

        @Override public boolean segments() { return context.segments; }

        @Override public String scalarLoop(Stmt.ForRange loop, String start, String stop) {
            StringBuilder saved = out;
            int savedIndent = indent;
            out = new StringBuilder();
            indent = 0;
            forRange(loop, start, stop);
            String code = out.toString();
            out = saved;
            indent = savedIndent;
            return code;
        }

        @Override public String fresh(String hint) { return temps.fresh(hint); }

        @Override public void member(String javaSource) { context.fields.add(javaSource); }

        @Override public String interruptCheck(SourcePos pos) {
            return loopNesting == 0 && !subBlockChecked ? checkInterrupt(pos) : "";
        }
    };

    /**
     * The loop f, over [from, to) when these Java longs are given, else over its own range. Cancellation
     * (Faults.checkInterrupt, a volatile read) in outermost loops only: once per iteration when the body has loops of
     * its own, whose work hides it; else between strips of STRIP iterations, none inside one, so that a tight loop
     * keeps its shape (see {@link #strips}). A prange chunk's loop without inner loops has no check: Parallel checks
     * before each of its sub-blocks.
     */
    private void forRange(Stmt.ForRange f, String from, String to) {
        String start = temps.fresh("start"), stop = temps.fresh("stop"), i = temps.fresh("idx");
        line("{");
        indent++;
        line("long " + start + " = " + (from != null ? from : expr(f.start())) + ";");
        line("long " + stop + " = " + (to != null ? to : expr(f.stop())) + ";");
        boolean outermost = loopNesting == 0;
        boolean leaf = withoutInnerLoops(f);
        Long constStep = f.step() instanceof Expr.Const c ? (Long) c.value() : null;
        String step;
        if (constStep != null && constStep != 0) {
            step = constStep + "L";
        } else {
            step = temps.fresh("step");
            line("long " + step + " = " + expr(f.step()) + ";");
            line("if (" + step + " == 0L) throw Faults.rangeStepZero(" + context.ref(f.pos()) + ");");
        }
        // A unit step cannot carry the index past the ends of int64; any other step counts the iterations down.
        boolean unit = constStep != null && (constStep == 1 || constStep == -1);
        String trips = unit ? null : temps.fresh("trips");
        // an int counter where the range fits an int: HotSpot's loop optimizations (range checks, unrolling) do best there
        boolean narrow = intRange(f);
        // A whole int range of an outermost loop without inner loops runs flat where its arrays are whole, before the
        // strips (or, without cancellation checks, the plain loop) that serve the other cases.
        List<Expr.Local> whole = outermost && leaf && !subBlockChecked && narrow && from == null ? storageArrays(f) : List.of();
        if (!whole.isEmpty()) {
            flatLoop(f, start, stop, i, whole);
            line("} else {");
            indent++;
        }
        if (outermost && leaf && !subBlockChecked && Cancellation.CHECKED) {
            strips(f, start, stop, step, constStep, i, trips, narrow);
        } else {
            line(narrow ? "for (int " + i + " = (int) " + start + "; " + i + " < (int) " + stop + "; " + i + "++) {"
                    : "for (long " + i + " = " + start + (unit ? "; " + rangeCondition(i, stop, constStep) + "; "
                    : ", " + trips + " = Strips.trips(" + start + ", " + stop + ", " + step + "); " + trips + " != 0L; "
                    + trips + "--, ") + i + " += " + step + ") {");
            indent++;
            line(Names.variable(f.index().name()) + " = " + i + ";");
            if (outermost && !leaf) checkLine(f.pos());
            indent--;
            loopBody(f);
            line("}");
        }
        if (!whole.isEmpty()) {
            indent--;
            line("}");
        }
        indent--;
        line("}");
    }

    /** f's body, one level deeper, with what f's range proves about its index. */
    private void loopBody(Stmt.ForRange f) {
        String index = f.index().name();
        LoopFacts.InBounds bound = LoopFacts.inBounds(f, axisLengths), outer = inBounds.remove(index);
        if (bound != null) inBounds.put(index, bound);
        loopNesting++;
        nested(f.body());
        loopNesting--;
        inBounds.remove(index);
        if (outer != null) inBounds.put(index, outer);
    }

    /**
     * A loop without inner loops in strips of STRIP iterations, the cancellation check between them: the inner loop
     * is the range loop itself, up to the strip's end ({@link io.jumba.runtime.Strips#end}), and a break in the body
     * leaves both loops.
     */
    private void strips(Stmt.ForRange f, String start, String stop, String step, Long constStep, String i, String trips,
                        boolean narrow) {
        boolean breaks = Stmts.walk(f.body()).anyMatch(st -> st instanceof Stmt.Break);
        String label = breaks ? temps.fresh("strips") : null, stripStop = temps.fresh("stripStop");
        if (narrow) {
            line((label != null ? label + ": " : "") + "for (int " + i + " = (int) " + start + "; " + i + " < (int) " + stop
                    + "; ) {");
            indent++;
            line("int " + stripStop + " = (int) Math.min(" + i + " + " + STRIP + "L, " + stop + ");");
            line("for (; " + i + " < " + stripStop + "; " + i + "++) {");
        } else if (trips == null) {
            line((label != null ? label + ": " : "") + "for (long " + i + " = " + start + "; "
                    + rangeCondition(i, stop, constStep) + "; ) {");
            indent++;
            line("long " + stripStop + " = Strips.end(" + i + ", " + stop + ", " + step + ", " + STRIP + "L);");
            line("for (; " + rangeCondition(i, stripStop, constStep) + "; " + i + " += " + step + ") {");
        } else {
            // trips counts down the iterations left; a strip ends where STRIP fewer are left, or at none
            line((label != null ? label + ": " : "") + "for (long " + i + " = " + start + ", " + trips + " = Strips.trips("
                    + start + ", " + stop + ", " + step + "); " + trips + " != 0L; ) {");
            indent++;
            line("long " + stripStop + " = Long.compareUnsigned(" + trips + ", " + STRIP + "L) > 0 ? " + trips + " - "
                    + STRIP + "L : 0L;");
            line("for (; " + trips + " != " + stripStop + "; " + trips + "--, " + i + " += " + step + ") {");
        }
        indent++;
        line(Names.variable(f.index().name()) + " = " + i + ";");
        indent--;
        String outerBreak = breakLabel;
        breakLabel = label;
        loopBody(f);
        breakLabel = outerBreak;
        line("}");
        checkLine(f.pos());
        indent--;
        line("}");
    }

    /**
     * The first branch of an outermost loop without inner loops over an int range whose body indexes arrays (its
     * strips, or without cancellation checks its plain loop, are the other): where each of them starts at its storage's
     * start (and a 1-D one of unit stride spans it) and the range has at most FLAT iterations, one
     * flat loop without the offsets, its check for cancellation after it. Opens the branch and leaves it open.
     */
    private void flatLoop(Stmt.ForRange f, String start, String stop, String i, List<Expr.Local> whole) {
        StringBuilder condition = new StringBuilder(stop + " - " + start + " <= " + FLAT + "L");
        Set<String> spanning = new HashSet<>();
        for (Expr.Local a : whole) {
            String v = a.var().name();
            // a local array not assigned yet is null, and the body may never touch it
            if (!function.params().contains(a.var())) condition.append(" && ").append(Names.derived(v, "data")).append(" != null");
            condition.append(" && ").append(Names.derived(v, "off")).append(" == 0");
            Type.Array t = (Type.Array) a.type();
            if (t.ndim() == 1 && unitAxis(t) == 0 && !t.dtype().isComplex()) {
                spanning.add(v);
                condition.append(" && ").append(Names.derived(v, "n0")).append(" == ")
                         .append(Names.derived(v, "data")).append(".length");
            }
        }
        line("if (" + condition + ") {");
        indent++;
        String end = temps.fresh("end");
        // the bound in a local: C2 compiled `i < (int) stop` markedly worse
        line("int " + end + " = (int) " + stop + ";");
        line("for (int " + i + " = (int) " + start + "; " + i + " < " + end + "; " + i + "++) {");
        indent++;
        line(Names.variable(f.index().name()) + " = " + i + ";");
        indent--;
        // an outermost loop without inner loops: nothing around it or in it sets these
        atStorageStart = whole.stream().map(a -> a.var().name()).collect(Collectors.toSet());
        spanningStorage = spanning;
        String outerBreak = breakLabel;
        breakLabel = null;
        loopBody(f);
        atStorageStart = Set.of();
        spanningStorage = Set.of();
        breakLabel = outerBreak;
        line("}");
        checkLine(f.pos());
        indent--;
    }

    /** The heap arrays f's body reads or writes by index and does not assign, each once. */
    private List<Expr.Local> storageArrays(Stmt.ForRange f) {
        Set<Var> assigned = Stmts.assigned(f.body());
        Map<String, Expr.Local> arrays = new LinkedHashMap<>();
        Stream.concat(Stmts.nodes(f.body()).map(e -> e instanceof Expr.Load l ? l.array() : null),
                        Stmts.walk(f.body()).map(st -> st instanceof Stmt.Store s ? s.array() : null))
              .forEach(e -> {
                  if (e instanceof Expr.Local l && l.type() instanceof Type.Array t && !segment(t)
                          && !assigned.contains(l.var())) {
                      arrays.putIfAbsent(l.var().name(), l);
                  }
              });
        return List.copyOf(arrays.values());
    }

    /**
     * The statement that ends the call with a KeyboardInterrupt at pos when it was cancelled: the current thread's
     * interrupt, or in a prange chunk, which pool threads run, the interrupt of the thread that called the loop.
     */
    private void checkLine(SourcePos pos) {
        if (Cancellation.CHECKED) line(checkInterrupt(pos));
    }

    private String checkInterrupt(SourcePos pos) {
        if (!Cancellation.CHECKED) return "";
        return (inChunk ? "Parallel" : "Faults") + ".checkInterrupt(" + context.ref(pos) + ");";
    }

    /**
     * Whether f's range fits an int: {@code range(c, a.shape[k])} ({@link LoopFacts#stopLength}) with an int constant
     * c >= 0 over an array on the heap (whose lengths are ints), so [from, to) parts of it fit too.
     */
    private boolean intRange(Stmt.ForRange f) {
        return f.start() instanceof Expr.Const c && (Long) c.value() >= 0 && (Long) c.value() <= Integer.MAX_VALUE
                && f.step() instanceof Expr.Const st && (Long) st.value() == 1
                && LoopFacts.stopLength(f, axisLengths) instanceof Expr.Dim d && !segment((Type.Array) d.array().type());
    }

    private static boolean withoutInnerLoops(Stmt.ForRange f) {
        return Stmts.walk(f.body()).noneMatch(st -> st instanceof Stmt.ForRange || st instanceof Stmt.While);
    }

    /** The Java condition that index i is still in the range to stop by a step of +1 or -1 (unitStep). */
    private static String rangeCondition(String i, String stop, long unitStep) {
        return unitStep > 0 ? i + " < " + stop : i + " > " + stop;
    }

    // ---- expressions ----------------------------------------------------------------------------------------

    String expr(Expr e) {
        return switch (e) {
            case Expr.Const c -> JavaTypes.literal(c.value(), c.type().dtype());
            case Expr.Local l -> Names.variable(l.var().name());
            case Expr.NoneValue n -> "null";
            case Expr.DTypeOf d -> "DType." + d.dtype().name();
            case Expr.Wrap w -> w.value().type() instanceof Type.None
                    ? "((" + JavaTypes.of(w.type()) + ") null)"
                    : JavaTypes.box(w.type().value(), expr(w.value()));
            case Expr.Unwrap u -> JavaTypes.unbox(u.type(), "Optionals.present(" + expr(u.optional()) + ", "
                    + JavaText.stringLiteral(u.type().toString()) + ", " + context.ref(u.pos()) + ")");
            case Expr.IsNone i -> "(" + expr(i.optional()) + " == null)";
            case Expr.Binary b -> binary(b);
            case Expr.Unary u -> unary(u);
            case Expr.Compare c -> compare(c);
            case Expr.Logical l -> "(" + expr(l.left()) + (l.isAnd() ? " && " : " || ") + expr(l.right()) + ")";
            case Expr.Select s -> "(" + expr(s.cond()) + " ? " + branch(s.ifTrue(), s) + " : " + branch(s.ifFalse(), s) + ")";
            case Expr.Cast c -> cast(expr(c.operand()), dtype(c.operand()), c.type().dtype());
            case Expr.Load l -> load(l);
            case Expr.Dim d -> d.array() instanceof Expr.Local l
                    ? "((long) " + Names.derived(l.var().name(), "n" + d.axis()) + ")"
                    : context.segments ? expr(d.array()) + ".longShape(" + d.axis() + ")"
                    : "((long) " + expr(d.array()) + ".shape(" + d.axis() + "))";
            case Expr.Size s -> context.segments ? expr(s.array()) + ".longSize()" : "((long) " + expr(s.array()) + ".size())";
            case Expr.Intrinsic i -> intrinsic(i);
            case Expr.Threads t -> switch (t.function()) {
                case GET_NUM_THREADS -> "((long) Parallel.numThreads())";
                case GET_THREAD_ID -> "((long) Parallel.threadId())";
                case SET_NUM_THREADS -> "Parallel.setNumThreads(" + expr(t.args().getFirst()) + ", " + context.ref(t.pos()) + ")";
            };
            case Expr.Random r -> {
                StringBuilder sb = new StringBuilder("io.jumba.runtime." + r.function().method() + "(");
                for (int k = 0; k < r.args().size(); k++) sb.append(k == 0 ? "" : ", ").append(expr(r.args().get(k)));
                if (r.function().raises()) sb.append(r.args().isEmpty() ? "" : ", ").append(context.ref(r.pos()));
                yield sb.append(')').toString();
            }
            case Expr.Call c -> {
                StringBuilder sb = new StringBuilder(Names.function(c.function()) + "(");
                for (int k = 0; k < c.args().size(); k++) sb.append(k == 0 ? "" : ", ").append(expr(c.args().get(k)));
                yield sb.append(')').toString();
            }
            case Expr.TupleNew t -> {
                StringBuilder sb = new StringBuilder("new Object[] {");
                for (int k = 0; k < t.elements().size(); k++) {
                    Expr el = t.elements().get(k);
                    sb.append(k == 0 ? "" : ", ").append(JavaTypes.box(el.type(), expr(el)));
                }
                yield sb.append('}').toString();
            }
            case Expr.TupleGet t -> JavaTypes.unbox(t.type(), expr(t.tuple()) + "[" + t.index() + "]");
            case Expr.Alloc a -> alloc(a);
            case Expr.Arange a -> {
                DType d = a.type().dtype();
                String conv = d.isFloat() ? "(double) " : "(long) ";
                yield "ArrayOps.arange(DType." + d.name() + ", " + conv + expr(a.start()) + ", " + conv + expr(a.stop())
                        + ", " + conv + expr(a.step()) + ", " + context.ref(a.pos()) + ")";
            }
            case Expr.Linspace l -> "ArrayOps.linspace(DType." + l.type().dtype().name() + ", " + expr(l.start()) + ", "
                    + expr(l.stop()) + ", " + expr(l.num()) + ", " + context.ref(l.pos()) + ")";
            case Expr.Library l -> l.fn().javaMethod() + "(" + String.join(", ", l.args().stream().map(this::expr).toList())
                    + (l.args().isEmpty() ? "" : ", ") + context.ref(l.pos()) + ")";
            case Expr.Collection c -> CollectionCode.of(c, this::expr, context.ref(c.pos()));
            case Expr.View v -> view(v);
            case Expr.Transpose t -> expr(t.array()) + ".transpose()";
            case Expr.ShapeView s -> "ShapeViews." + s.op().method() + "(" + expr(s.array()) + ", new long[] {"
                    + String.join(", ", s.args().stream().map(this::expr).toList()) + "}, " + context.ref(s.pos()) + ")";
            case Expr.Elementwise w -> throw notLowered();
            case Expr.Element el -> throw notLowered();
            case Expr.Reduce r -> throw notLowered();
            case Expr.Dot d -> throw notLowered();
        };
    }

    private static IllegalStateException notLowered() { return new IllegalStateException("run ArrayLowering first"); }

    private static DType dtype(Expr e) { return ((Type.Scalar) e.type()).dtype(); }

    /**
     * A branch of a conditional expression, cast to the conditional's number type when it has another, and to its
     * Java type when that is an integer: Janino does not promote {@code c ? aByte : aLong} to long as Java does, and a
     * load from an int8 array may stand for an int64 value (a fuzzer find: storing such a conditional failed to compile).
     */
    private String branch(Expr e, Expr.Select s) {
        if (e.type() instanceof Type.Scalar from && s.type() instanceof Type.Scalar to) {
            if (from.dtype() != to.dtype()) return cast(expr(e), from.dtype(), to.dtype());
            if (to.dtype().isInteger()) return "((" + to.dtype().javaType() + ") " + expr(e) + ")";
        }
        return expr(e);
    }

    private String binary(Expr.Binary b) {
        DType t = b.type().dtype();
        String l = expr(b.left()), r = expr(b.right());
        String pos = needsPosition(b) ? context.ref(b.pos()) : null;
        boolean numpy = function.options().numpyErrorModel();
        if (t.isBool()) {
            String op = switch (b.op()) {
                case BITAND -> " & ";
                case BITOR -> " | ";
                case BITXOR -> " ^ ";
                default -> throw new IllegalStateException(b.op() + " on bool");
            };
            return "(" + l + op + r + ")";
        }
        if (t.isComplex()) return complexBinary(b, l, r, numpy);
        if (t.isFloat()) {
            String cast = t == DType.FLOAT32 ? "(float) " : "";
            // Each case concatenates its operands once: a chain of n operations copies its text n times already.
            return switch (b.op()) {
                case ADD -> "(" + l + " + " + r + ")";
                case SUB -> "(" + l + " - " + r + ")";
                case MUL -> "(" + l + " * " + r + ")";
                case DIV -> numpy ? "(" + l + " / " + r + ")" : "(" + cast + "Scalars.div((double) " + l + ", (double) " + r + ", " + pos + "))";
                case FLOORDIV -> "(" + cast + (numpy ? "Scalars.floorDivNumpy((double) " + l + ", (double) " + r + ")"
                                                     : "Scalars.floorDiv((double) " + l + ", (double) " + r + ", " + pos + ")") + ")";
                case MOD -> "(" + cast + (numpy ? "Scalars.modNumpy((double) " + l + ", (double) " + r + ")"
                                                : "Scalars.mod((double) " + l + ", (double) " + r + ", " + pos + ")") + ")";
                case POW -> "(" + cast + "Scalars.pow((double) " + l + ", (double) " + r + "))";
                default -> throw new IllegalStateException(b.op() + " on " + t);
            };
        }
        if (t == DType.UINT64) {
            String unsigned = switch (b.op()) {
                case FLOORDIV -> numpy ? "Scalars.floorDivUnsignedNumpy(" + l + ", " + r + ")" : "Scalars.floorDivUnsigned(" + l + ", " + r + ", " + pos + ")";
                case MOD -> numpy ? "Scalars.modUnsignedNumpy(" + l + ", " + r + ")" : "Scalars.modUnsigned(" + l + ", " + r + ", " + pos + ")";
                case POW -> "Scalars.powUnsigned(" + l + ", " + r + ")";
                case SHR -> "Scalars.shrUnsigned(" + l + ", " + r + ")";
                default -> null;
            };
            if (unsigned != null) return "(" + unsigned + ")";
        }
        String raw = switch (b.op()) {
            case ADD -> l + " + " + r;
            case SUB -> l + " - " + r;
            case MUL -> l + " * " + r;
            case BITAND -> l + " & " + r;
            case BITOR -> l + " | " + r;
            case BITXOR -> l + " ^ " + r;
            case FLOORDIV -> numpy ? "Scalars.floorDivNumpy((long) " + l + ", (long) " + r + ")" : "Scalars.floorDiv((long) " + l + ", (long) " + r + ", " + pos + ")";
            case MOD -> numpy ? "Scalars.modNumpy((long) " + l + ", (long) " + r + ")" : "Scalars.mod((long) " + l + ", (long) " + r + ", " + pos + ")";
            case POW -> "Scalars.pow((long) " + l + ", (long) " + r + ", " + pos + ")";
            case SHL -> "Scalars.shl((long) " + l + ", (long) " + r + ")";
            case SHR -> "Scalars.shr((long) " + l + ", (long) " + r + ")";
            case DIV -> throw new IllegalStateException("DIV on " + t);
        };
        return JavaTypes.narrow(t, raw);
    }

    /** Complex arithmetic: ComplexMath's methods, complex64's in float steps (pow computes in double and rounds). */
    private String complexBinary(Expr.Binary b, String l, String r, boolean numpy) {
        boolean single = b.type().dtype() == DType.COMPLEX64;
        String suffix = single ? "Single(" : "(";
        return switch (b.op()) {
            case ADD -> "ComplexMath.add" + suffix + l + ", " + r + ")";
            case SUB -> "ComplexMath.sub" + suffix + l + ", " + r + ")";
            case MUL -> "ComplexMath.mul" + suffix + l + ", " + r + ")";
            case DIV -> numpy ? "ComplexMath.divNumpy" + suffix + l + ", " + r + ")"
                    : "ComplexMath.div" + suffix + l + ", " + r + ", " + context.ref(b.pos()) + ")";
            case POW -> {
                String pow = "ComplexMath.pow(" + l + ", " + r + ", " + context.ref(b.pos()) + ")";
                yield single ? "ComplexMath.single(" + pow + ")" : pow;
            }
            default -> throw new IllegalStateException(b.op() + " on " + b.type());
        };
    }

    /** Whether the operation can raise (so its position goes into the table). */
    private boolean needsPosition(Expr.Binary b) {
        boolean numpy = function.options().numpyErrorModel();
        return switch (b.op()) {
            case DIV, FLOORDIV, MOD -> !numpy;
            case POW -> !b.type().dtype().isFloat() && b.type().dtype() != DType.UINT64;
            default -> false;
        };
    }

    private String unary(Expr.Unary u) {
        DType t = u.type().dtype();
        String x = expr(u.operand());
        if (t.isBool()) return "(!" + x + ")";
        if (t.isFloat()) return "(-" + x + ")";
        if (t.isComplex()) return "ComplexMath.neg(" + x + ")";
        return switch (u.op()) {
            case NEG -> JavaTypes.narrow(t, "-" + x);
            case INVERT -> JavaTypes.narrow(t, "~" + x);
            case NOT -> throw new IllegalStateException("NOT on " + t);
        };
    }

    private String compare(Expr.Compare c) {
        String l = expr(c.left()), r = expr(c.right());
        if (dtype(c.left()).isComplex()) {
            return switch (c.op()) {
                case EQ -> "ComplexMath.eq(" + l + ", " + r + ")";
                case NE -> "ComplexMath.ne(" + l + ", " + r + ")";
                default -> throw new IllegalStateException(c.op() + " on complex");
            };
        }
        String op = " " + c.op().symbol() + " ";
        boolean ordering = c.op() != CmpOp.EQ && c.op() != CmpOp.NE;
        if (ordering && dtype(c.left()) == DType.UINT64) return "(Long.compareUnsigned(" + l + ", " + r + ")" + op + "0)";
        if (ordering && dtype(c.left()).isBool()) {
            // Java does not order booleans; Python and NumPy order False < True.
            l = "(" + l + " ? 1 : 0)";
            r = "(" + r + " ? 1 : 0)";
        }
        return "(" + l + op + r + ")";
    }

    /** NumPy astype from one scalar dtype to another. */
    static String cast(String x, DType from, DType to) {
        if (from == to) return x;
        if (to.isComplex() || from.isComplex()) return complexCast(x, from, to);
        if (to.isBool()) return "(" + x + " != 0)";
        if (from.isBool()) {
            return switch (to) {
                case FLOAT64 -> "(" + x + " ? 1.0 : 0.0)";
                case FLOAT32 -> "(" + x + " ? 1.0F : 0.0F)";
                case INT64 -> "(" + x + " ? 1L : 0L)";
                default -> "((" + JavaTypes.scalar(to) + ") (" + x + " ? 1 : 0))";
            };
        }
        if (from == DType.UINT64 && to.isFloat()) {
            return "Scalars.unsignedTo" + (to == DType.FLOAT32 ? "Float(" : "Double(") + x + ")";
        }
        if (to.isFloat()) return "((" + JavaTypes.scalar(to) + ") " + x + ")";
        if (to == DType.UINT64 && from.isFloat()) return "Scalars.unsignedFromDouble(" + x + ")";
        if (from.isFloat()) return JavaTypes.narrow(to, "(long) " + x);
        // int64(x) of an int32 x must be a Java long: int64(b[j]) * int64(b[j]) multiplies in 64 bits
        if (JavaTypes.scalar(to).equals("long") && !JavaTypes.scalar(from).equals("long")) return JavaTypes.narrow(to, "(long) " + x);
        return JavaTypes.narrow(to, x);
    }

    /** Casts to and from complex: a real becomes re + 0j, complex to real keeps the real part (as NumPy's astype). */
    private static String complexCast(String x, DType from, DType to) {
        if (from.isComplex() && to.isComplex()) return to == DType.COMPLEX64 ? "ComplexMath.single(" + x + ")" : x;
        if (from.isComplex()) {
            return to.isBool() ? "ComplexMath.truth(" + x + ")" : cast(x + ".re()", DType.FLOAT64, to);
        }
        String part = cast(x, from, to.part());
        return "ComplexMath.of(" + (to == DType.COMPLEX64 ? "(double) " : "") + part + ", 0.0)";
    }

    private String intrinsic(Expr.Intrinsic i) {
        if (i.fn().scalar() instanceof ScalarImplementation.OnComplex c) return complexIntrinsic(i, c);
        DType argType = dtype(i.args().get(0));
        DType result = i.type().dtype();
        List<String> args = new ArrayList<>();
        for (Expr a : i.args()) args.add(argType.isFloat() ? "(double) " + expr(a) : "(long) " + expr(a));
        String call = i.fn().scalar().call() + "(" + String.join(", ", args) + ")";
        if (result.isBool()) return call;
        if (result.isFloat()) return result == DType.FLOAT32 ? "((float) " + call + ")" : call;
        if (i.fn().typing() == MathTyping.KEEPS_TYPE) {
            return JavaTypes.narrow(result, call);
        }
        throw new IllegalStateException(i.fn() + " giving " + result);
    }

    /** A complex function: arguments as they are (Complex or double), complex64 and float32 results rounded. */
    private String complexIntrinsic(Expr.Intrinsic i, ScalarImplementation.OnComplex c) {
        List<String> args = new ArrayList<>();
        for (Expr a : i.args()) args.add(dtype(a).isComplex() ? expr(a) : "(double) " + expr(a));
        String call = c.call() + "(" + String.join(", ", args) + ")";
        return switch (i.type().dtype()) {
            case COMPLEX64 -> "ComplexMath.single(" + call + ")";
            case FLOAT32 -> "((float) " + call + ")";
            default -> call;
        };
    }

    private String alloc(Expr.Alloc a) {
        DType d = a.type().dtype();
        StringBuilder shape = new StringBuilder("new long[] {");
        for (int k = 0; k < a.shape().size(); k++) shape.append(k == 0 ? "" : ", ").append(expr(a.shape().get(k)));
        shape.append('}');
        String arr = "ArrayOps.alloc(DType." + d.name() + ", " + shape + ", " + (a.type().layout() == Layout.F) + ", "
                + context.ref(a.pos()) + ")";
        return switch (a.fill()) {
            case EMPTY, ZEROS -> arr;
            case ONES -> "ArrayOps.fill(" + arr + ", 1L)";
            case FULL -> {
                String v = expr(a.fillValue());
                String conv = d.isBool() || d.isComplex() ? "" : d.isFloat() ? "(double) " : "(long) ";
                yield "ArrayOps.fill(" + arr + ", " + conv + v + ")";
            }
        };
    }

    private String view(Expr.View v) {
        if (v.spec().size() == 1 && v.spec().getFirst() instanceof Expr.IndexSpec.At at) {
            return "ArrayOps.row(" + expr(v.array()) + ", " + expr(at.index()) + ", " + context.ref(v.pos()) + ")";
        }
        StringBuilder kinds = new StringBuilder("new int[] {");
        StringBuilder values = new StringBuilder("new long[] {");
        for (int d = 0; d < v.spec().size(); d++) {
            String sep = d == 0 ? "" : ", ";
            switch (v.spec().get(d)) {
                case Expr.IndexSpec.At at -> {
                    kinds.append(sep).append("ArrayOps.AT");
                    values.append(sep).append(expr(at.index())).append(", 0L, 0L");
                }
                case Expr.IndexSpec.Range r -> {
                    StringBuilder kind = new StringBuilder("ArrayOps.RANGE");
                    if (r.lower() != null) kind.append(" | ArrayOps.HAS_LOWER");
                    if (r.upper() != null) kind.append(" | ArrayOps.HAS_UPPER");
                    if (r.step() != null) kind.append(" | ArrayOps.HAS_STEP");
                    kinds.append(sep).append(kind);
                    values.append(sep).append(r.lower() == null ? "0L" : expr(r.lower()))
                          .append(", ").append(r.upper() == null ? "0L" : expr(r.upper()))
                          .append(", ").append(r.step() == null ? "0L" : expr(r.step()));
                }
            }
        }
        return "ArrayOps.view(" + expr(v.array()) + ", " + kinds.append('}') + ", " + values.append('}') + ", "
                + context.ref(v.pos()) + ")";
    }

    private void line(String s) { out.append("    ".repeat(indent)).append(s).append('\n'); }
}
