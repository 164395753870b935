package io.jumba.vectorize;

import io.jumba.ir.Expr;

import java.util.List;

/**
 * How a vector loop keeps error_model='python' division exact: a zero divisor must raise ZeroDivisionError at the
 * iteration and line where the scalar loop would, with the arrays and accumulators as the scalar loop leaves them.
 * Either way the scalar loop is what raises:
 * <ul>
 *   <li>{@code beforeLoop}: loop-invariant divisors (e.g. {@code math.sqrt(y)}, or {@code y / z} after z), tested
 *       in this order once before the loop, with the range and alias checks; a zero sends the whole loop down the
 *       scalar path.
 *   <li>{@code perStep}: other divisors, tested per vector step in the lanes where the scalar loop divides (if-mask,
 *       tail mask, the taken side of a conditional expression) before the step stores anything or updates an accumulator; on a zero the vector part stops and the
 *       scalar loop resumes at the step's first iteration. {@link LoopAnalysis} admits only loops where every such
 *       division comes before the body's first store and accumulator update, so the re-run is exact.
 * </ul>
 * Divisions by non-zero constants and all divisions under error_model='numpy' need no guard.
 */
public record DivisionGuards(List<Expr> beforeLoop, List<Expr> perStep) {
    public DivisionGuards {
        beforeLoop = List.copyOf(beforeLoop);
        perStep = List.copyOf(perStep);
    }

    /** Whether a division by this (varying) divisor must be checked in every vector step. */
    public boolean checkedPerStep(Expr divisor) { return perStep.contains(divisor); }

    /** For Explain: empty without guards, else e.g. {@code ", division guarded: 1 divisor checked before the loop"}. */
    public String describe() {
        if (beforeLoop.isEmpty() && perStep.isEmpty()) return "";
        String before = beforeLoop.isEmpty() ? "" : count(beforeLoop.size()) + " checked before the loop";
        String step = perStep.isEmpty() ? "" : count(perStep.size()) + " per vector step";
        return ", division guarded: " + before + (before.isEmpty() || step.isEmpty() ? "" : ", ") + step
                + " (zero: the scalar loop raises ZeroDivisionError)";
    }

    private static String count(int n) { return n + (n == 1 ? " divisor" : " divisors"); }
}
