package io.jumba.spark;

import io.jumba.ufunc.UFunc;

import java.util.function.Function;

/** A {@code @vectorize} function of source, built once per JVM; its loops compile per input types on first use. */
record UfuncCall(KernelSource source, String name) implements BatchFunction {
    @Override
    public Function<Object[], Object> bind() {
        UFunc ufunc = ExecutorKernels.ufunc(source, name);
        return ufunc::call;
    }
}
