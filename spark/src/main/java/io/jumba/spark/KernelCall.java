package io.jumba.spark;

import io.jumba.Kernel;

import java.util.function.Function;

/** A kernel function of source, compiled for signature once per JVM. */
record KernelCall(KernelSource source, String function, String signature) implements BatchFunction {
    @Override
    public Function<Object[], Object> bind() {
        Kernel kernel = ExecutorKernels.kernel(source, function, signature);
        return kernel::call;
    }
}
