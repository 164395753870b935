package io.jumba.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code jumba} command line: runs, benchmarks and demonstrates Numba-style kernels on the JVM. */
@Command(name = "jumba", mixinStandardHelpOptions = true, version = "jumba 0.1.0",
        description = "Numba for the JVM: compiles Python/NumPy kernels to JVM code.",
        footer = "%nThe benchmark suite: bin/jumba bench-suite --help",
        subcommands = {CallCommand.class, ExplainCommand.class, BenchCommand.class, SysinfoCommand.class, DemoCommand.class,
                CacheCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command (call, bench, sysinfo, demo)");
    }

    /**
     * The configured command line. Arguments that look like options but are none (such as {@code -3} or
     * {@code -1.5}) are kept as kernel arguments.
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setUnmatchedOptionsArePositionalParams(true);
        cl.setExecutionExceptionHandler(new ErrorReporter());
        return cl;
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
