package io.jumba.bench;

import io.jumba.array.NDArray;
import io.jumba.array.Npy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a suite case's inputs as {@code .npy} files, so that {@code bin/jumba bench} and {@code bin/jumba call}
 * run the kernel on exactly the arguments the JMH suite uses. Prints the command-line arguments
 * ({@code FILE.py FUNC ARG...}) on one line.
 *
 * <p>{@code java -cp benchmarks.jar io.jumba.bench.CaseInputs CASE SIZE OUT_DIR}
 */
public final class CaseInputs {
    private CaseInputs() {}

    /** args: case name, size name, output folder. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: CaseInputs CASE SIZE OUT_DIR");
            System.exit(2);
        }
        System.out.println(String.join(" ", write(BenchCase.load(args[0]), args[1], Path.of(args[2]))));
    }

    /** Writes c's inputs at size into dir ({@code arg<i>.npy} per array) and returns the command-line arguments. */
    static List<String> write(BenchCase c, String size, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<String> line = new ArrayList<>(List.of(c.dir().resolve(c.file()).toString(), c.function()));
        Object[] values = c.inputs(size);
        for (int i = 0; i < values.length; i++) {
            line.add(switch (values[i]) {
                case NDArray a -> {
                    Path file = dir.resolve("arg" + i + ".npy");
                    Npy.write(file, a);
                    yield file.toString();
                }
                case Long l -> l.toString();
                case Double d -> d.toString();
                case Boolean b -> b ? "True" : "False";
                default -> throw new IllegalArgumentException("case " + c.name() + ": argument " + i + " ("
                        + values[i].getClass().getSimpleName() + ") has no command-line form");
            });
        }
        return line;
    }
}
