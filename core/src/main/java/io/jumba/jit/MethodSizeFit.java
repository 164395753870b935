package io.jumba.jit;

import io.jumba.codegen.GeneratedSource;
import io.jumba.codegen.LoopEmitter;
import io.jumba.codegen.StatementSizes;
import io.jumba.diag.KernelCompilationException;
import io.jumba.diag.UnsupportedError;
import io.jumba.ir.Function;
import io.jumba.ir.Program;
import io.jumba.plan.PlannedProgram;
import io.jumba.source.SourcePos;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles a program so that its methods stay JIT-compilable, whichever loops' emitter (scalar or SIMD) writes
 * them: HotSpot leaves a method over {@link CompiledKernel#HUGE_METHOD_BYTES} of bytecode in the interpreter, which
 * costs far more than any unrolling gains, and Janino refuses a method over the class file's 64 KB.
 *
 * <p>Before compiling, the Java is written once unsplit and each method's bytecode estimated from its size
 * ({@link Splitting#estimated}): a function estimated near the class file's limit has its top-level loop nests
 * outlined ({@link LoopOutlining}), and, when what stays is still too big, its straight-line code cut into runs
 * of methods of their own. Should a compile still outgrow the limit (the estimate was low), every function is
 * split that way and compiled once more; a function too big even so is the kernel's to split, reported at its
 * definition. After compiling, a function whose method is over HotSpot's limit has its nests outlined, then, if its
 * own method is still over, its straight-line runs; while a method is still over (one nest alone too big) and the
 * emitter unrolls, the program is planned and compiled again with half the maximum unroll (4, 2, 1); a method still
 * over at unroll 1 is kept (it is correct, only slow) and reported, with the advice to split it.
 *
 * @param kernel the compiled kernel, holding the plans it was compiled from and these notes
 *               ({@link CompiledKernel#plans})
 * @param loops  the emitter it was compiled with (maxUnroll possibly reduced)
 * @param notes  what was split or reduced or remains too big, one line each, for {@code explain}
 */
public record MethodSizeFit(CompiledKernel kernel, LoopEmitter loops, List<String> notes) {
    public MethodSizeFit {
        notes = List.copyOf(notes);
    }

    /** Compiles program, splitting functions and reducing the unroll until every method fits (or unroll is 1). */
    public static MethodSizeFit compile(Program program, LoopEmitter loops) {
        LoopEmitter l = loops;
        PlannedProgram whole = PlannedProgram.of(program, l.planner());
        GeneratedSource unsplit = KernelCompiler.generate(whole, l);
        Map<String, StatementSizes> sizes = unsplit.sizes();
        Splitting split = Splitting.estimated(program, sizes);
        PlannedProgram planned = LoopOutlining.apply(whole, split);
        CompiledKernel k;
        List<String> notes = new ArrayList<>();
        try {
            k = split.isEmpty() ? KernelCompiler.compile(whole, unsplit) : KernelCompiler.compile(planned, l);
            for (String name : split.nests()) {
                int methods = k.methodCount(name);
                if (methods > 1) notes.add(estimatedNote(program.function(name), sizes.get(name), methods, split.runs().containsKey(name)));
            }
        } catch (KernelCompilationException e) {
            if (!overClassLimit(e)) throw e;
            split = Splitting.everything(sizes);
            planned = LoopOutlining.apply(whole, split);
            k = compileOutlined(program, planned, l);
            notes.add("a method outgrew 64 KB of bytecode though estimated under: every function's loop nests and"
                    + " straight-line runs split into methods of their own");
        }
        Set<String> huge = new HashSet<>(k.hugeFunctions().keySet());
        huge.removeAll(split.nests());
        if (!huge.isEmpty()) {
            split = split.withNests(huge);
            planned = LoopOutlining.apply(whole, split);
            CompiledKernel again = KernelCompiler.compile(planned, l);
            k.hugeFunctions().forEach((name, bytes) -> {
                if (huge.contains(name) && again.methodCount(name) > 1) notes.add(splitNote(program.function(name), bytes, again.methodCount(name)));
            });
            k = again;
        }
        Map<String, Integer> longStraight = new LinkedHashMap<>();
        for (String name : k.hugeFunctions().keySet()) {
            int own = k.methodSizes().get(name);
            if (own > CompiledKernel.HUGE_METHOD_BYTES && !split.runs().containsKey(name)) longStraight.put(name, own);
        }
        if (!longStraight.isEmpty()) {
            for (String name : longStraight.keySet()) split = split.withRuns(name, sizes.get(name));
            planned = LoopOutlining.apply(whole, split);
            CompiledKernel again = KernelCompiler.compile(planned, l);
            for (Map.Entry<String, Integer> e : longStraight.entrySet()) {
                int before = k.methodCount(e.getKey());
                if (again.methodCount(e.getKey()) > before) {
                    notes.add("straight-line code split into " + (again.methodCount(e.getKey()) - before) + " more methods: "
                            + program.function(e.getKey()).pythonName() + "'s own method was " + e.getValue()
                            + " bytes of bytecode > " + CompiledKernel.HUGE_METHOD_BYTES);
                }
            }
            k = again;
        }
        while (!k.hugeFunctions().isEmpty() && l.maxUnroll() > 1) {
            LoopEmitter smaller = l.withMaxUnroll(l.maxUnroll() / 2);
            PlannedProgram replanned = LoopOutlining.apply(PlannedProgram.of(program, smaller.planner()), split);
            CompiledKernel again = KernelCompiler.compile(replanned, smaller);
            if (again.methodSizes().equals(k.methodSizes())) break; // no loop unrolls that far: halving changes nothing
            notes.add("unroll reduced to at most " + smaller.maxUnroll() + ": " + sizes(program, k.hugeFunctions()));
            l = smaller;
            planned = replanned;
            k = again;
        }
        if (!k.hugeFunctions().isEmpty()) {
            notes.add("too big for HotSpot's JIT at any unroll: " + sizes(program, k.hugeFunctions())
                    + "; it runs interpreted: split the function into smaller ones");
        }
        return new MethodSizeFit(k.withPlans(new KernelPlans(planned, notes)), l, notes);
    }

    /**
     * The compile with every function's loop nests and straight-line runs outlined, made when a method of the first
     * compile outgrew the class file's 64 KB limit (Janino then refuses the class); a function still too big after
     * that is the kernel's to split, reported at its definition rather than as an internal error.
     */
    private static CompiledKernel compileOutlined(Program program, PlannedProgram outlined, LoopEmitter l) {
        try {
            return KernelCompiler.compile(outlined, l);
        } catch (KernelCompilationException e) {
            if (!overClassLimit(e)) throw e;
            throw new UnsupportedError(program.entry().pos(), "'" + program.entry().pythonName()
                    + "' is too big to compile: a Java method holds at most 64 KB of bytecode; split it into smaller"
                    + " functions");
        }
    }

    /** e.g. "split before compiling into 97 methods (its top-level loop nests): f was estimated at 71234 bytes ...". */
    private static String estimatedNote(Function f, StatementSizes sizes, int methods, boolean runs) {
        StringBuilder sb = new StringBuilder("split before compiling into " + methods + " methods (its top-level loop nests"
                + (runs ? " and straight-line runs" : "") + "): " + f.pythonName() + " was estimated at "
                + Splitting.bytes(sizes.total()) + " bytes of bytecode > " + Splitting.CLASS_LIMIT_ESTIMATE);
        for (SourcePos pos : LoopOutlining.returningNests(f)) {
            sb.append("; the loop at line ").append(pos.line()).append(" stays in ").append(f.pythonName())
              .append(": it returns from the function");
        }
        return sb.toString();
    }

    private static boolean overClassLimit(KernelCompilationException e) {
        return e.diagnosis().contains("grows beyond 64 KB") || e.diagnosis().contains("too large");
    }

    /** e.g. "split into 17 methods (one per top-level loop nest): big was 15234 bytes of bytecode > 8000". */
    private static String splitNote(Function f, int bytes, int methods) {
        StringBuilder sb = new StringBuilder("split into " + methods + " methods (one per top-level loop nest): "
                + f.pythonName() + " was " + bytes + " bytes of bytecode > " + CompiledKernel.HUGE_METHOD_BYTES);
        for (SourcePos pos : LoopOutlining.returningNests(f)) {
            sb.append("; the loop at line ").append(pos.line()).append(" stays in ").append(f.pythonName())
              .append(": it returns from the function");
        }
        return sb.toString();
    }

    /** e.g. "big is 9123 bytes of bytecode > 8000" (its biggest method), per function. */
    private static String sizes(Program program, Map<String, Integer> huge) {
        List<String> parts = new ArrayList<>();
        huge.forEach((name, bytes) -> parts.add(program.function(name).pythonName() + " is " + bytes
                + " bytes of bytecode > " + CompiledKernel.HUGE_METHOD_BYTES));
        return String.join(", ", parts);
    }
}
