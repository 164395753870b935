package io.jumba.typing;

import io.jumba.diag.TypingError;
import io.jumba.ir.Var;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The local variables of one function being typed. A variable has one type for the whole function: each
 * assignment unifies its value's type into it, and {@link #changed()} tells the lowering to run another pass
 * until the types reach a fixpoint.
 */
final class Scope {
    /** A variable's current type and where it was first assigned (for error messages). */
    private record Entry(Type type, SourcePos firstAssigned) {}

    private final Map<String, Entry> vars = new LinkedHashMap<>();
    private boolean changed;

    /** Starts a lowering pass: clears the change flag. */
    void startPass() { changed = false; }

    /** Whether a variable was added or widened since {@link #startPass()}. */
    boolean changed() { return changed; }

    boolean has(String name) { return vars.containsKey(name); }

    /** The variable as typed so far, or null when it was never assigned. */
    Var lookup(String name) {
        Entry e = vars.get(name);
        return e == null ? null : new Var(name, e.type());
    }

    /** Throws Numba's TypingError for a variable whose list type is still {@code list(undefined)} ({@code []}). */
    void requireDefinedLists() {
        vars.forEach((name, e) -> {
            if (e.type() instanceof Type.ListOf l && l.element() == null) {
                throw new TypingError(e.firstAssigned(), "cannot infer the type of variable '" + name + "' (list(undefined)):"
                        + " append to it, or make it with numba.typed.List.empty_list(type)");
            }
        });
    }

    /** Records an assignment of a value of type t at pos; returns the variable with its unified type. */
    Var assign(String name, Type t, SourcePos pos) {
        Entry old = vars.get(name);
        if (old == null) {
            vars.put(name, new Entry(t, pos));
            changed = true;
            return new Var(name, t);
        }
        Type unified = Unifier.unify(old.type(), t);
        if (unified == null) {
            throw new TypingError(pos, "cannot unify " + old.type() + " and " + t + " for '" + name
                    + "' (assigned at " + old.firstAssigned() + " and " + pos + ")");
        }
        if (!unified.equals(old.type())) {
            vars.put(name, new Entry(unified, old.firstAssigned()));
            changed = true;
        }
        return new Var(name, unified);
    }
}
