package io.jumba.ufunc;

import io.jumba.dispatch.Pipeline;
import io.jumba.ir.ArrayStorage;
import io.jumba.ir.Program;
import io.jumba.jit.CompiledKernel;

import java.util.function.Consumer;

/**
 * A ufunc kernel whose heap code compiles now and whose code for arrays in memory segments
 * ({@link ArrayStorage#SEGMENT}) compiles on the first call that passes one.
 */
final class StorageKernels implements Consumer<Object[]> {
    private final Program program;
    private final Pipeline pipeline;
    private final CompiledKernel heap;
    private volatile CompiledKernel segment;

    StorageKernels(Program program, Pipeline pipeline) {
        this.program = program;
        this.pipeline = pipeline;
        this.heap = pipeline.compile(program);
    }

    @Override
    public void accept(Object[] args) {
        (ArrayStorage.of(args) == ArrayStorage.HEAP ? heap : segment()).invoke(args);
    }

    private CompiledKernel segment() {
        CompiledKernel k = segment;
        if (k != null) return k;
        synchronized (this) {
            if (segment == null) segment = pipeline.compile(program, ArrayStorage.SEGMENT);
            return segment;
        }
    }
}
