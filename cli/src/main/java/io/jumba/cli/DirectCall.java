package io.jumba.cli;

import java.io.PrintWriter;
import java.util.OptionalInt;

/**
 * Runs a plain {@code jumba call} command line ({@link CallArguments#plain}) without picocli: the CLI's most common
 * command starts in about half the time. Prints and exits exactly as the picocli path would; a command line it does
 * not read, or an argument text that is malformed (a usage error, which picocli reports with the usage text), is left
 * to picocli before anything is printed.
 */
final class DirectCall {
    private DirectCall() {}

    /** The exit code of running args, or empty when picocli must run them. */
    static OptionalInt run(String[] args, PrintWriter out, PrintWriter err) {
        var call = CallArguments.plain(args);
        if (call.isEmpty()) return OptionalInt.empty();
        try {
            Object[] values;
            try {
                values = KernelArguments.parseAll(call.get().arguments());
            } catch (IllegalArgumentException e) {
                return OptionalInt.empty();
            }
            return OptionalInt.of(new KernelCall(call.get(), out, err).run(values));
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            return OptionalInt.of(ErrorReporter.report(e, err));
        }
    }
}
