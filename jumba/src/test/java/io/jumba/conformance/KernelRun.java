package io.jumba.conformance;

import io.jumba.array.NDArray;
import io.jumba.array.Npy;
import io.jumba.conformance.ConformanceCase.Argument;
import io.jumba.diag.JumbaException;
import io.jumba.types.NamedTupleValue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The outcome of calling a kernel once on fresh copies of a case's arguments.
 *
 * @param result    what the call returned (null for None, or when it raised)
 * @param arguments the arguments as they are after the call (arrays may have been written)
 * @param error     the kernel error raised, or null
 * @param stdout    what the call printed to standard output
 */
record KernelRun(Object result, List<Object> arguments, JumbaException error, String stdout) {
    /** Serializes the calls that redirect {@link System#out}. */
    private static final Object STDOUT = new Object();

    /**
     * Reads the case's arguments afresh (arrays from their .npy files) and invokes the kernel on them, capturing
     * what it prints.
     */
    static KernelRun of(ConformanceCase c, Function<Object[], Object> invoke) {
        Object[] args = freshArguments(c);
        synchronized (STDOUT) {
            PrintStream original = System.out;
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            try {
                Object result = invoke.apply(args.clone());
                return new KernelRun(result, Arrays.asList(args), null, printed.toString(StandardCharsets.UTF_8));
            } catch (JumbaException e) {
                return new KernelRun(null, Arrays.asList(args), e, printed.toString(StandardCharsets.UTF_8));
            } finally {
                System.setOut(original);
            }
        }
    }

    private static Object[] freshArguments(ConformanceCase c) {
        return fresh(c.args());
    }

    /** Fresh values of the arguments: arrays read again, lists as new mutable java.util.Lists. */
    static Object[] fresh(List<Argument> args) {
        List<Object> out = new ArrayList<>();
        for (Argument a : args) {
            out.add(switch (a) {
                case Argument.Scalar s -> s.value();
                case Argument.Array arr -> read(arr);
                case Argument.Tuple t -> fresh(t.elements());
                case Argument.NamedTuple t -> new NamedTupleValue(t.name(), t.fields(), fresh(t.elements()));
                case Argument.ListOf l -> new ArrayList<>(Arrays.asList(fresh(l.elements())));
            });
        }
        return out.toArray();
    }

    private static NDArray read(Argument.Array arr) {
        try {
            return Npy.read(arr.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
