package io.jumba.cli;

import io.jumba.diag.KernelCompilationException;
import io.jumba.Kernel;
import io.jumba.ir.IrPrinter;
import io.jumba.passes.PassResult;
import io.jumba.tools.KernelTools;
import io.jumba.types.Signature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code jumba explain FILE.py FUNC [ARG ...] [--java] [--ir-after PASS] [--passes]}: what the SIMD passes did to
 * each loop, for these argument types; with {@code --java} the generated source, with {@code --ir-after} the IR a
 * pass made, with {@code --passes} the IR passes and their times.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Shows, per loop, whether it was vectorized (lanes, unroll, tail, reductions) or why not.")
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    KernelInvocation invocation;

    @Option(names = "--java", description = "Also print the generated Java source (kernel.javaSource).")
    boolean java;

    @Option(names = "--ir-after", paramLabel = "PASS",
            description = "Also print the IR after the named pass (--passes lists them).")
    String irAfter;

    @Option(names = "--passes", description = "Also list the IR passes in order, with the time each took.")
    boolean passes;

    @Override
    public Integer call() throws Exception {
        Object[] args = invocation.values();
        if (irAfter != null) requireKnownPass(invocation.kernel());
        var out = spec.commandLine().getOut();
        String signature = Signature.of(args).toString();
        try {
            out.println(invocation.kernel().explain(signature));
        } catch (KernelCompilationException e) {
            if (java) out.println(e.javaSource()); // asked for: the source that failed, before the one-line error
            throw e;
        }
        if (java) out.println(invocation.kernel().javaSource(signature));
        if (irAfter != null) out.print(irAfter(invocation.kernel(), signature));
        if (passes) out.print(passes(invocation.kernel(), signature));
        out.flush();
        return 0;
    }

    /** An --ir-after name that is no pass of the kernel's pipeline is a usage error listing the names. */
    private void requireKnownPass(Kernel kernel) {
        try {
            KernelTools.pass(kernel, irAfter);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--ir-after: " + e.getMessage());
        }
    }

    /** The IR after the pass named by --ir-after, under a heading. */
    private String irAfter(Kernel kernel, String signature) {
        PassResult after = KernelTools.passes(kernel, signature).stream().filter(r -> r.pass().equals(irAfter)).findFirst().orElseThrow();
        return "IR after " + irAfter + ":\n" + IrPrinter.print(after.after()) + "\n";
    }

    /** One line per pass: its name and the time it took in this run (a fresh JVM's, so JIT warm-up included). */
    private static String passes(Kernel kernel, String signature) {
        StringBuilder sb = new StringBuilder("passes:\n");
        for (PassResult r : KernelTools.passes(kernel, signature)) {
            sb.append(String.format("  %-24s %9.3f ms%n", r.pass(), r.time().toNanos() / 1e6));
        }
        return sb.toString();
    }
}
