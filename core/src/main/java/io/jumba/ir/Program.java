package io.jumba.ir;

import java.util.List;

/**
 * What one call signature compiles to: the entry function plus every specialization it calls
 * (directly or transitively, recursion included). {@link Expr.Call} names a function of this list. storage says how
 * the generated code reads arrays; passes build programs with {@link ArrayStorage#HEAP}, and the pipeline sets it for
 * the backend only ({@link #withStorage}).
 */
public record Program(Function entry, List<Function> functions, ArrayStorage storage) {
    public Program {
        functions = List.copyOf(functions);
    }

    /** A program whose arrays are Java arrays. */
    public Program(Function entry, List<Function> functions) { this(entry, functions, ArrayStorage.HEAP); }

    /** This program with its arrays read as storage says. */
    public Program withStorage(ArrayStorage storage) { return new Program(entry, functions, storage); }

    /** The function named {@code name} (the entry or a callee). */
    public Function function(String name) {
        if (entry.name().equals(name)) return entry;
        for (Function f : functions) if (f.name().equals(name)) return f;
        throw new IllegalArgumentException("no function " + name);
    }
}
