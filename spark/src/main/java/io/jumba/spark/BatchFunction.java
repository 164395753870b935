package io.jumba.spark;

import java.io.Serializable;
import java.util.function.Function;

/** What a Spark task runs on each batch: a kernel or a ufunc, shipped as source and resolved in the task's JVM. */
sealed interface BatchFunction extends Serializable permits KernelCall, UfuncCall {
    /** The function ready to call with one batch's arguments, compiled on first use in this JVM. */
    Function<Object[], Object> bind();
}
