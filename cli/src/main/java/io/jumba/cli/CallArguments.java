package io.jumba.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code jumba call} was asked: the kernel file and function, the argument texts, {@code --strict} and
 * {@code --out-dir}. {@link #plain} reads the plain form of a call command line without picocli, whose model costs
 * about half of a cold call (building it and parsing with it run in the interpreter).
 *
 * @param file      the Python file with the kernel
 * @param function  the function to call
 * @param arguments the argument texts, read by {@link KernelArguments}
 * @param strict    keep float sums and products in sequential order
 * @param outDir    where to write the result and array arguments as .npy files, or null
 * @param rejectComputedIndexRaces make a prange write through a computed index a compile error (picocli's form
 *                  only: {@link #plain} leaves command lines with that option to picocli)
 * @param timeout   the call's time limit ({@code --timeout}, picocli's form only), or null for none
 */
record CallArguments(Path file, String function, List<String> arguments, boolean strict, Path outDir,
                     boolean rejectComputedIndexRaces, Duration timeout) {
    private static final String STRICT = "--strict";
    private static final String OUT_DIR = "--out-dir";

    /**
     * The call that args ask for when they are {@code call}, then positional arguments (the file, the function and
     * the kernel's arguments, which may be negative numbers, {@code -inf} or {@code -nan}), with at most one
     * {@code --strict} and one {@code --out-dir DIR} (or {@code --out-dir=DIR}) anywhere among them. Empty for any
     * other command line, which picocli then reads: help and version options, {@code --}, {@code @file} arguments,
     * repeated or malformed options, missing positionals. Picocli reads every plain form the same way.
     */
    static Optional<CallArguments> plain(String[] args) {
        if (args.length < 3 || !args[0].equals("call")) return Optional.empty();
        List<String> positionals = new ArrayList<>();
        boolean strict = false;
        String outDir = null;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("@")) return Optional.empty();
            if (arg.equals(STRICT)) {
                if (strict) return Optional.empty();
                strict = true;
            } else if (arg.equals(OUT_DIR) || arg.startsWith(OUT_DIR + "=")) {
                String value = arg.equals(OUT_DIR) ? (++i < args.length ? args[i] : null) : arg.substring(OUT_DIR.length() + 1);
                if (outDir != null || value == null || value.isEmpty() || value.startsWith("-") || value.startsWith("@")) {
                    return Optional.empty();
                }
                outDir = value;
            } else if (!arg.startsWith("-") || isNegativeNumber(arg)) {
                positionals.add(arg);
            } else {
                return Optional.empty();
            }
        }
        if (positionals.size() < 2) return Optional.empty();
        return Optional.of(new CallArguments(Path.of(positionals.get(0)), positionals.get(1),
                List.copyOf(positionals.subList(2, positionals.size())), strict, outDir == null ? null : Path.of(outDir),
                false, null));
    }

    /** -3, -1.5, -.5, -1e3, -inf, -nan: no option of {@code call} looks like these. */
    private static boolean isNegativeNumber(String arg) {
        if (arg.length() < 2) return false;
        char c = arg.charAt(1);
        String rest = arg.substring(1);
        return Character.isDigit(c) || c == '.' || rest.equalsIgnoreCase("inf") || rest.equalsIgnoreCase("nan")
                || rest.equalsIgnoreCase("infinity");
    }
}
