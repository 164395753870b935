package io.jumba.lower;

import io.jumba.ir.Expr;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * A block of statements being generated, plus the function-wide supply of fresh variable names. Fresh names start
 * with {@code $} ({@code $t3}, {@code $i4}), which the frontend can never produce, and are unique in the function
 * because every child block shares one counter (started past any generated name the function already has).
 */
final class Emitter {
    private final int[] counter;
    private final List<Stmt> stmts = new ArrayList<>();

    /** A top-level block whose fresh names are numbered from firstNumber on. */
    Emitter(int firstNumber) { this(new int[] {firstNumber}); }

    private Emitter(int[] counter) { this.counter = counter; }

    /** An empty block (a loop or branch body) that shares this block's name supply. */
    Emitter child() { return new Emitter(counter); }

    /** A fresh variable named {@code $<prefix><n>}. */
    Var fresh(String prefix, Type type) { return new Var("$" + prefix + counter[0]++, type); }

    void add(Stmt s) { stmts.add(s); }

    void addAll(Emitter other) { stmts.addAll(other.stmts); }

    boolean isEmpty() { return stmts.isEmpty(); }

    List<Stmt> stmts() { return List.copyOf(stmts); }

    /** Assigns value to a fresh temporary and returns a reference to it. */
    Expr.Local bind(Expr value) {
        Var v = fresh("t", value.type());
        add(new Stmt.Assign(v, value));
        return new Expr.Local(v);
    }

    /** value itself when it is a constant or a variable (re-reading it is free and has no effect), else a temporary. */
    Expr spill(Expr value) {
        return value instanceof Expr.Const || value instanceof Expr.Local ? value : bind(value);
    }
}
