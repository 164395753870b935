package io.jumba.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;

/** The {@code jumba} command line: runs, benchmarks and demonstrates Numba-style kernels on the JVM. */
@Command(name = "jumba", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Numba for the JVM: compiles Python/NumPy kernels to JVM code.",
        footer = "%nThe benchmark suite: bin/jumba bench-suite --help")
public final class Main implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command (call, explain, bench, sysinfo, demo, cache, aot)");
    }

    /**
     * The subcommands, in the order help lists them. Picocli reads each one's annotations by reflection when it is
     * added, a noticeable part of a cold start, so a command line that names one gets only that one. Made on use, not
     * in a static initializer: a plain call ({@link DirectCall}) needs none of them.
     */
    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("call", CallCommand::new);
        m.put("explain", ExplainCommand::new);
        m.put("bench", BenchCommand::new);
        m.put("sysinfo", SysinfoCommand::new);
        m.put("demo", DemoCommand::new);
        m.put("cache", CacheCommand::new);
        m.put("aot", AotCommand::new);
        m.put("help", CommandLine.HelpCommand::new);
        return m;
    }

    /**
     * The configured command line with every subcommand. Arguments that look like options but are none (such as
     * {@code -3} or {@code -1.5}) are kept as kernel arguments.
     */
    public static CommandLine commandLine() {
        return withSubcommands(commands().keySet());
    }

    /**
     * The command line for args: with only the subcommand that args names first, or with all when they name none
     * (help, a mistyped command, no command), so that usage and suggestions list them all.
     */
    public static CommandLine commandLine(String[] args) {
        boolean namesOne = args.length > 0 && commands().containsKey(args[0]) && !args[0].equals("help");
        return namesOne ? withSubcommands(Set.of(args[0])) : commandLine();
    }

    private static CommandLine withSubcommands(Set<String> names) {
        CommandLine cl = new CommandLine(new Main());
        commands().forEach((name, command) -> {
            if (names.contains(name)) cl.addSubcommand(name, command.get());
        });
        cl.setUnmatchedOptionsArePositionalParams(true);
        cl.setExecutionExceptionHandler(new ErrorReporter());
        return cl;
    }

    /**
     * Runs the command line and exits with its code. Success returns instead of calling {@code System.exit(0)}, which
     * ends the process the same way (no command leaves a non-daemon thread) without {@code Runtime.exit}'s lookup
     * of a logger, some 40 classes of a cold start.
     */
    public static void main(String[] args) {
        int code = run(args, writer(System.out, "sun.stdout.encoding"), writer(System.err, "sun.stderr.encoding"));
        if (code != 0) System.exit(code);
    }

    /** Runs args printing to out and err: a plain call directly ({@link DirectCall}), anything else through picocli. */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        OptionalInt direct = DirectCall.run(args, out, err);
        if (direct.isPresent()) return direct.getAsInt();
        CommandLine cl = commandLine(args);
        cl.setOut(out);
        cl.setErr(err);
        try {
            return cl.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) { // picocli hands only Exceptions to ErrorReporter
            return ErrorReporter.report(e, err);
        }
    }

    /**
     * A writer on stream as picocli makes its own when it is given none (in the charset that the system property
     * names, else the default charset), so that both paths of {@link #run} print the same bytes.
     */
    private static PrintWriter writer(OutputStream stream, String charsetProperty) {
        String name = System.getProperty(charsetProperty);
        Charset charset = name == null ? Charset.defaultCharset()
                : Charset.forName(name.equalsIgnoreCase("cp65001") ? "UTF-8" : name);
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, charset)), true);
    }
}
