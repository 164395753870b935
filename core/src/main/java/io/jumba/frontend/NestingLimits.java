package io.jumba.frontend;

/**
 * How deeply kernel source may nest. Each pass of the compiler walks the tree recursively, so without a bound one
 * input could overflow any stack; the bounds are Python's where Python has one.
 */
final class NestingLimits {
    private NestingLimits() {}

    /** Open brackets at once: CPython's tokenizer stops at 200 ("too many nested parentheses"). */
    static final int PARENTHESES = 200;
    /** Indentation levels: CPython's tokenizer allows 100 ("too many levels of indentation"). */
    static final int INDENTATION = 100;
    /** Loops inside loops: CPython's compiler allows 20 ("too many statically nested blocks"). */
    static final int LOOPS = 20;
    /** The {@code elif} branches of one chain, each held one level deeper than the one before. */
    static final int ELIF_BRANCHES = 1000;
    /** Levels of one expression tree; a chain {@code x + x + ... + x} of n operators has n. */
    static final int EXPRESSION_DEPTH = 1000;
}
