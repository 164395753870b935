package io.jumba.cli;

import io.jumba.types.Signature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code jumba explain FILE.py FUNC [ARG ...]}: what the SIMD passes did to each loop, for these argument types. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Shows, per loop, whether it was vectorized (lanes, unroll, tail, reductions) or why not.")
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    KernelInvocation invocation;

    @Override
    public Integer call() throws Exception {
        Object[] args = invocation.values();
        var out = spec.commandLine().getOut();
        out.println(invocation.kernel().explain(Signature.of(args).toString()));
        out.flush();
        return 0;
    }
}
