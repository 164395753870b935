package io.jumba.cli;

import io.jumba.types.Signature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code jumba explain FILE.py FUNC [ARG ...] [--java]}: what the SIMD passes did to each loop, for these argument
 * types, and with {@code --java} the generated source.
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

    @Override
    public Integer call() throws Exception {
        Object[] args = invocation.values();
        var out = spec.commandLine().getOut();
        String signature = Signature.of(args).toString();
        out.println(invocation.kernel().explain(signature));
        if (java) out.println(invocation.kernel().javaSource(signature));
        out.flush();
        return 0;
    }
}
