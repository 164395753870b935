package io.jumba.ufunc;

import io.jumba.array.DType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The loops of a dynamic ufunc (Numba's DUFunc, a {@code @vectorize} without signatures): none at first, then one
 * compiled for each combination of input dtypes that no loop so far takes safely, kept in the order they were
 * compiled (as Numba's {@code .types}). Thread-safe: each combination is compiled once, however many threads ask.
 */
final class DynamicLoops {
    private final int nin;
    private final Function<List<DType>, Loop> compiler;
    private final Map<List<DType>, Loop> byInputs = new HashMap<>();
    private volatile List<Loop> loops = List.of();

    /** Loops of nin inputs, each made by compiler from its input dtypes. */
    DynamicLoops(int nin, Function<List<DType>, Loop> compiler) {
        this.nin = nin;
        this.compiler = compiler;
    }

    int nin() { return nin; }

    /** The loops compiled so far, in the order they were compiled. */
    List<Loop> loops() { return loops; }

    /** The loop for exactly these input dtypes, compiled now unless an earlier call compiled it. */
    synchronized Loop compile(List<DType> inputs) {
        Loop loop = byInputs.get(inputs);
        if (loop != null) return loop;
        loop = compiler.apply(inputs);
        byInputs.put(List.copyOf(inputs), loop);
        List<Loop> grown = new ArrayList<>(loops);
        grown.add(loop);
        loops = List.copyOf(grown);
        return loop;
    }
}
