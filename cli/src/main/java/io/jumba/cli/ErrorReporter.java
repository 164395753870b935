package io.jumba.cli;

import io.jumba.diag.JumbaException;
import io.jumba.diag.KernelCompilationException;
import io.jumba.diag.UFuncException;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Turns a failed command into one message on stderr and an exit code, never a Java stack trace:
 * kernel errors print as {@code file:line:col: IndexError: ...} with the source line and a caret.
 */
final class ErrorReporter implements IExecutionExceptionHandler {
    /** Exit code for errors in the kernel or its inputs. */
    static final int KERNEL_ERROR = 1;
    /** Exit code for a fault of Jumba itself. */
    static final int INTERNAL_ERROR = 70;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        return report(ex, cmd.getErr());
    }

    /** Prints the one-line message for ex on err; the exit code. */
    static int report(Throwable ex, PrintWriter err) {
        int code = switch (ex) {
            case StackOverflowError e -> {
                err.println("RecursionError: maximum recursion depth exceeded");
                yield KERNEL_ERROR;
            }
            case OutOfMemoryError e -> {
                err.println("MemoryError: " + e.getMessage());
                yield KERNEL_ERROR;
            }
            case KernelCompilationException e -> {
                err.println("jumba: " + e.getMessage());
                yield INTERNAL_ERROR;
            }
            case UFuncException e -> {
                // Arguments NumPy would refuse: reported as Python reports them, not as a fault of Jumba.
                err.println(e.pythonName() + ": " + e.getMessage());
                yield KERNEL_ERROR;
            }
            case JumbaException e -> {
                err.println(e.getMessage());
                yield KERNEL_ERROR;
            }
            case NoSuchFileException e -> {
                err.println("FileNotFoundError: No such file or directory: '" + e.getFile() + "'");
                yield KERNEL_ERROR;
            }
            case AccessDeniedException e -> {
                err.println("PermissionError: [Errno 13] Permission denied: '" + e.getFile() + "'");
                yield KERNEL_ERROR;
            }
            case FileSystemException e when e.getReason() != null -> {
                err.println("OSError: " + e.getReason() + ": '" + e.getFile() + "'");
                yield KERNEL_ERROR;
            }
            case IOException e -> {
                err.println("OSError: " + e.getMessage());
                yield KERNEL_ERROR;
            }
            default -> {
                err.println("jumba: internal error: " + ex);
                yield INTERNAL_ERROR;
            }
        };
        err.flush();
        return code;
    }
}
