package io.jumba.passes;

import io.jumba.ir.Program;

import java.time.Duration;

/**
 * What one pass of a {@link PassList#trace} made, and how long it took.
 *
 * @param pass  the pass's name
 * @param after the program the pass returned
 * @param time  the wall-clock time of the pass (verification not included)
 */
public record PassResult(String pass, Program after, Duration time) {}
