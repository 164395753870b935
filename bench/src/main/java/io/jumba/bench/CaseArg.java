package io.jumba.bench;

import io.jumba.array.DType;

import java.util.List;

/**
 * One argument of a benchmark case as cases.json describes it: an array (dtype, shape made of integers or size
 * names, initial distribution) or a scalar with a fixed value.
 *
 * @param name     the parameter name in the kernel
 * @param array    true for an array, false for a scalar
 * @param dtype    element type (array) or scalar type
 * @param shape    dimensions: {@link Integer} or a size-parameter name ({@link String}); empty for scalars
 * @param dist     "uniform", "normal" or "zeros" for arrays; null for scalars
 * @param p1       uniform low or normal mean
 * @param p2       uniform high or normal std
 * @param value    the scalar's value (unused for arrays)
 * @param output   true when the kernel writes this array
 */
public record CaseArg(String name, boolean array, DType dtype, List<Object> shape, String dist,
                      double p1, double p2, double value, boolean output) {
    public CaseArg {
        shape = List.copyOf(shape);
    }
}
