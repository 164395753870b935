package io.jumba.passes;

import io.jumba.ir.IrVerifier;
import io.jumba.ir.Program;
import io.jumba.lower.ArrayLowering;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The IR-to-IR passes of a pipeline, in the order they run, each with a name. With the system property
 * {@value #VERIFY_PROPERTY} set to true (the build sets it for every test) the {@link IrVerifier} checks the program
 * before the first pass and after each one, so a pass that breaks the IR is named by the failure.
 */
public record PassList(List<Pass> passes) {
    /** The system property that switches verification between passes on. */
    public static final String VERIFY_PROPERTY = "jumba.verifyIr";
    private static final boolean VERIFY = Boolean.getBoolean(VERIFY_PROPERTY);

    public PassList {
        passes = List.copyOf(passes);
    }

    /**
     * Array lowering, inlining of one-expression functions, small-loop unrolling, index-set splitting and sharing of
     * repeated math expressions.
     */
    public static PassList standard() {
        return new PassList(List.of(
                new Pass("array-lowering", ArrayLowering::apply, true),
                new Pass("inlining", Inlining::apply),
                new Pass("small-loop-unrolling", SmallLoopUnrolling::apply),
                new Pass("index-set-splitting", IndexSetSplitting::apply),
                new Pass("common-subexpressions", CommonSubexpressions::apply)));
    }

    /** These passes with pass appended. */
    public PassList then(Pass pass) {
        List<Pass> more = new ArrayList<>(passes);
        more.add(pass);
        return new PassList(more);
    }

    /** The passes' names, in order. */
    public List<String> names() {
        return passes.stream().map(Pass::name).toList();
    }

    /** The pass called name; an {@link IllegalArgumentException} listing the names when there is none. */
    public Pass named(String name) {
        return passes.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("no pass '" + name + "'; the passes are " + String.join(", ", names())));
    }

    /** typed with every pass applied, in order. */
    public Program run(Program typed) {
        List<PassResult> results = trace(typed);
        return results.isEmpty() ? typed : results.getLast().after();
    }

    /** Runs every pass on typed, in order; what each made and how long it took. */
    public List<PassResult> trace(Program typed) {
        boolean loopLevel = false;
        if (VERIFY) IrVerifier.verify(typed, false, "before the passes");
        List<PassResult> results = new ArrayList<>(passes.size());
        Program p = typed;
        for (Pass pass : passes) {
            long start = System.nanoTime();
            p = pass.rewrite().apply(p);
            results.add(new PassResult(pass.name(), p, Duration.ofNanos(System.nanoTime() - start)));
            loopLevel |= pass.lowersToLoops();
            if (VERIFY) IrVerifier.verify(p, loopLevel, "after pass " + pass.name());
        }
        return results;
    }
}
