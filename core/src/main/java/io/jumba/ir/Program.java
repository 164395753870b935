package io.jumba.ir;

import java.util.List;

/**
 * What one call signature compiles to: the entry function plus every specialization it calls
 * (directly or transitively, recursion included). {@link Expr.Call} names a function of this list.
 */
public record Program(Function entry, List<Function> functions) {
    public Program {
        functions = List.copyOf(functions);
    }

    /** The function named {@code name} (the entry or a callee). */
    public Function function(String name) {
        if (entry.name().equals(name)) return entry;
        for (Function f : functions) if (f.name().equals(name)) return f;
        throw new IllegalArgumentException("no function " + name);
    }
}
