package io.jumba.jit;

import io.jumba.codegen.LoopEmitter;
import io.jumba.diag.KernelCompilationException;
import io.jumba.diag.UnsupportedError;
import io.jumba.ir.Function;
import io.jumba.ir.Program;
import io.jumba.plan.PlannedProgram;
import io.jumba.source.SourcePos;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles a program so that its methods stay JIT-compilable, whichever loops' emitter (scalar or SIMD) writes
 * them: HotSpot leaves a method over {@link CompiledKernel#HUGE_METHOD_BYTES} of bytecode in the interpreter, which
 * costs far more than any unrolling gains. A function whose method is over is first split: the outlining step
 * ({@link LoopOutlining}) plans its top-level loop nests as methods of their own, which keeps the unroll and costs
 * one call per nest. While a
 * method is still over (one nest alone too big) and the emitter unrolls, the program is planned and compiled again
 * with half the maximum unroll (4, 2, 1); a method still over at unroll 1 is kept (it is correct, only slow) and
 * reported, with the advice to split it.
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
        PlannedProgram planned = PlannedProgram.of(program, l.planner());
        CompiledKernel k;
        Set<String> outlined = Set.of();
        try {
            k = KernelCompiler.compile(planned, l);
        } catch (KernelCompilationException e) {
            if (!overClassLimit(e)) throw e;
            outlined = functionNames(program);
            planned = LoopOutlining.apply(planned, outlined);
            k = compileOutlined(program, planned, l);
        }
        List<String> notes = new ArrayList<>();
        Set<String> split = new HashSet<>(outlined);
        split.addAll(k.hugeFunctions().keySet());
        if (!k.hugeFunctions().isEmpty() && outlined.isEmpty()) {
            planned = LoopOutlining.apply(planned, split);
            CompiledKernel again = KernelCompiler.compile(planned, l);
            k.hugeFunctions().forEach((name, bytes) -> {
                if (again.methodCount(name) > 1) notes.add(splitNote(program.function(name), bytes, again.methodCount(name)));
            });
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
     * The compile with every function's loop nests outlined, made when a method of the first compile outgrew the
     * class file's 64 KB limit (Janino then refuses the class); a function still too big after that is the kernel's
     * to split, reported at its definition rather than as an internal error.
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

    private static Set<String> functionNames(Program program) {
        Set<String> all = new HashSet<>();
        for (Function f : program.functions()) all.add(f.name());
        all.add(program.entry().name());
        return all;
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
