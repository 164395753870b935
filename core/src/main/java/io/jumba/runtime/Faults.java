package io.jumba.runtime;

import io.jumba.diag.KernelRuntimeError;
import io.jumba.source.SourcePos;

/** Builds the Python-named runtime errors that kernels raise; both backends throw what these return. */
public final class Faults {
    private Faults() {}

    /** NumPy's message: {@code index 5 is out of bounds for axis 0 with size 3}. */
    public static KernelRuntimeError indexError(long index, int axis, long size, SourcePos pos) {
        return new KernelRuntimeError("IndexError", pos,
                "index " + index + " is out of bounds for axis " + axis + " with size " + size);
    }

    /**
     * Python's error for what the JVM reports as an Error while a kernel runs: RecursionError for a stack too deep,
     * MemoryError for an allocation the heap cannot hold; any other Error is rethrown, being a fault of Jumba.
     */
    public static KernelRuntimeError fromJvmError(Error e) {
        return switch (e) {
            case StackOverflowError s -> new KernelRuntimeError("RecursionError", SourcePos.NONE,
                    "maximum recursion depth exceeded");
            case OutOfMemoryError m -> new KernelRuntimeError("MemoryError", SourcePos.NONE,
                    "cannot allocate memory (" + m.getMessage() + ")");
            default -> throw e;
        };
    }

    /**
     * Cooperative cancellation, called once per iteration of a kernel's outermost loops and of every while loop:
     * a KeyboardInterrupt when the running thread was interrupted ({@code Thread.interrupt}, {@code Future.cancel(true)}
     * or a time limit). The flag stays set, as Java's blocking methods leave it for their callers. One volatile read
     * per outer iteration: nothing measurable against the inner loop's work.
     */
    public static void checkInterrupt(SourcePos pos) {
        if (Thread.currentThread().isInterrupted()) throw interrupted(pos);
    }

    /** The KeyboardInterrupt of {@link #checkInterrupt}, for a check made on another thread's behalf (prange helpers). */
    public static KernelRuntimeError interrupted(SourcePos pos) {
        return new KernelRuntimeError("KeyboardInterrupt", pos, "the kernel was interrupted");
    }

    /**
     * What a kernel's {@code except Exception:} (or bare {@code except:}) may catch: a Python exception the kernel or
     * a function it called raised. Anything else is rethrown: KeyboardInterrupt (cancellation must end the kernel)
     * and any Java exception, which is a fault of Jumba, not of the kernel.
     */
    public static void requireCatchable(RuntimeException e) {
        if (!(e instanceof KernelRuntimeError k) || k.pythonName().equals("KeyboardInterrupt")) throw e;
    }

    public static KernelRuntimeError indexError(String detail, SourcePos pos) {
        return new KernelRuntimeError("IndexError", pos, detail);
    }

    public static KernelRuntimeError zeroDivision(String detail, SourcePos pos) {
        return new KernelRuntimeError("ZeroDivisionError", pos, detail);
    }

    public static KernelRuntimeError valueError(String detail, SourcePos pos) {
        return new KernelRuntimeError("ValueError", pos, detail);
    }

    /** {@code range()} with a zero step. */
    public static KernelRuntimeError rangeStepZero(SourcePos pos) {
        return valueError("range() arg 3 must not be zero", pos);
    }

    /** The fault a {@code Stmt.Raise} describes: {@code format} with each "{}" replaced by the next value. */
    public static KernelRuntimeError raise(String pythonName, String format, long[] values, SourcePos pos) {
        StringBuilder msg = new StringBuilder();
        int from = 0, k = 0;
        for (int at = format.indexOf("{}"); at >= 0; at = format.indexOf("{}", from)) {
            msg.append(format, from, at).append(values[k++]);
            from = at + 2;
        }
        return new KernelRuntimeError(pythonName, pos, msg.append(format.substring(from)).toString());
    }
}
