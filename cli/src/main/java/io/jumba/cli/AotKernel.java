package io.jumba.cli;

import io.jumba.jit.EntryPoint;
import io.jumba.jit.KernelBinary;
import io.jumba.types.Signature;

import java.util.List;

/**
 * One function compiled ahead of time for one signature: its class (named for the jar) and what the facade needs to
 * call it.
 *
 * @param function   the Python function's name
 * @param paramNames its parameters' Python names, in order
 * @param binary     the compiled class, with its generated source and position table
 */
record AotKernel(String function, List<String> paramNames, KernelBinary binary) {
    AotKernel {
        paramNames = List.copyOf(paramNames);
    }

    /** The entry method the facade calls. */
    EntryPoint entry() { return binary.entry(); }

    /** Whether its code uses the Vector API (SIMD loops): then its JVM must resolve {@code jdk.incubator.vector}. */
    boolean usesVectorApi() { return binary.javaSource().contains("import jdk.incubator.vector."); }

    /** What it was compiled for, for messages: {@code total(float64[::1]) -> float64}. */
    String describe() {
        String params = new Signature(entry().params(), null).toString();
        return function + params + " -> " + entry().returnType();
    }
}
