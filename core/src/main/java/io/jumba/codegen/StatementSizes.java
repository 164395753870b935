package io.jumba.codegen;

import java.util.List;

/**
 * How much Java one function's method took, in characters other than white space: each top-level statement of its
 * body (0 for one outlined, or one after a statement that never completes), and the rest (signature, declarations,
 * hoisting). Bytecode grows with it (about a third of a byte per character), which lets the jit split a function
 * before Janino refuses it (code_length over 64 KB).
 *
 * @param prologue   the method's characters outside its top-level statements
 * @param statements per top-level statement of the body, in order, its characters
 */
public record StatementSizes(int prologue, List<Integer> statements) {
    public StatementSizes {
        statements = List.copyOf(statements);
    }

    /** The characters of the whole method. */
    public int total() {
        int sum = prologue;
        for (int s : statements) sum += s;
        return sum;
    }

    /** The characters other than white space in text[from, to). */
    static int count(CharSequence text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) if (!Character.isWhitespace(text.charAt(i))) n++;
        return n;
    }
}
