package io.jumba.passes;

import io.jumba.ir.Function;
import io.jumba.ir.Stmts;
import io.jumba.ir.Var;
import io.jumba.types.Type;

import java.util.HashSet;
import java.util.Set;

/**
 * New variable names for one function, none equal to a name it already has or to one given out before. Names hold a
 * {@code $}, which no Python identifier does, so they never meet a kernel's own variables.
 */
final class FreshNames {
    private final Set<String> taken = new HashSet<>();

    FreshNames(Function f) {
        for (Var p : f.params()) taken.add(p.name());
        for (Var v : Stmts.mentioned(f.body())) taken.add(v.name());
    }

    /** A variable of type t named {@code base}, or {@code base$2}, {@code base$3}, ... when that is taken. */
    Var fresh(String base, Type t) {
        String name = base;
        for (int k = 2; !taken.add(name); k++) name = base + "$" + k;
        return new Var(name, t);
    }
}
