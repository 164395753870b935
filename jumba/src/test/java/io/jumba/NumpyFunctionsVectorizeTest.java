package io.jumba;

import io.jumba.frontend.Parser;
import io.jumba.vectorize.options.VectorOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which NumPy functions vectorize, as explain reports it: the "vector" column of docs/subset.md's NumPy Functions
 * table. One small kernel per function (explain/numpy_functions.py), compiled for the given argument types; its
 * innermost loops (inlined helpers' included, outer loops not outer-loop vectorized left out) are all vectorized,
 * some, none, or there is no loop (a view, or a runtime call such as a fill or sort).
 */
class NumpyFunctionsVectorizeTest {
    /** What explain reports for one kernel's innermost loops. */
    enum Vectorized { ALL, SOME, NONE, NO_LOOP }

    private static final KernelModule MODULE = new KernelModule(Parser.parse(source(), "numpy_functions.py"),
            VectorOptions.DEFAULT, false);

    private static String source() {
        try (InputStream in = NumpyFunctionsVectorizeTest.class.getResourceAsStream("/explain/numpy_functions.py")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The verdict of explain's loop lines: "not outer-loop vectorized" lines are about outer loops and left out. */
    static Vectorized of(String explained) {
        List<String> loops = explained.lines().map(String::trim).filter(l -> l.startsWith("line "))
                .filter(l -> !l.contains(": not outer-loop vectorized:")).toList();
        long scalar = loops.stream().filter(l -> l.contains(": not vectorized:")).count();
        if (loops.isEmpty()) return Vectorized.NO_LOOP;
        return scalar == 0 ? Vectorized.ALL : scalar == loops.size() ? Vectorized.NONE : Vectorized.SOME;
    }

    @ParameterizedTest(name = "{0}({1}): {2}")
    @CsvSource(delimiter = '|', textBlock = """
            sum_               | float64[::1]                        | ALL
            prod_              | float64[::1]                        | ALL
            min_               | float64[::1]                        | ALL
            max_               | float64[::1]                        | ALL
            mean_              | float64[::1]                        | ALL
            argmin_            | float64[::1]                        | ALL
            argmax_            | float64[::1]                        | ALL
            any_               | float64[::1]                        | ALL
            all_               | float64[::1]                        | ALL
            var_               | float64[::1]                        | ALL
            std_               | float64[::1]                        | ALL
            ptp_               | float64[::1]                        | ALL
            count_nonzero_     | float64[::1]                        | ALL
            nansum_            | float64[::1]                        | ALL
            nanprod_           | float64[::1]                        | ALL
            nanmean_           | float64[::1]                        | ALL
            nanmin_            | float64[::1]                        | ALL
            nanmax_            | float64[::1]                        | ALL
            nanvar_            | float64[::1]                        | ALL
            nanstd_            | float64[::1]                        | ALL
            cumsum_            | float64[::1]                        | NONE
            cumprod_           | float64[::1]                        | NONE
            median_            | float64[::1]                        | ALL
            percentile_        | float64[::1]                        | ALL
            quantile_          | float64[::1]                        | ALL
            diff_              | float64[::1]                        | ALL
            average_           | float64[::1]                        | ALL
            average_weights    | float64[::1], float64[::1]          | ALL
            nanmedian_         | float64[::1]                        | SOME
            nanpercentile_     | float64[::1]                        | SOME
            nancumsum_         | float64[::1]                        | SOME
            nancumprod_        | float64[::1]                        | SOME
            arange_            | int64                               | NO_LOOP
            linspace_          | int64                               | NO_LOOP
            zeros_             | int64                               | NO_LOOP
            ones_              | int64                               | NO_LOOP
            full_              | int64                               | NO_LOOP
            empty_             | int64                               | NO_LOOP
            zeros_like_        | float64[::1]                        | NO_LOOP
            full_like_         | float64[::1]                        | NO_LOOP
            copy_              | float64[::1]                        | ALL
            where3_            | float64[::1]                        | ALL
            take_              | float64[::1], int64[::1]            | SOME
            nonzero_           | float64[::1]                        | SOME
            argwhere_          | float64[::1]                        | SOME
            flatnonzero_       | float64[::1]                        | SOME
            clip_              | float64[::1]                        | ALL
            around_            | float64[::1]                        | ALL
            isclose_           | float64[::1], float64[::1]          | ALL
            allclose_          | float64[::1], float64[::1]          | ALL
            array_equal_       | float64[::1], float64[::1]          | ALL
            concatenate_       | float64[::1], float64[::1]          | ALL
            stack_             | float64[::1], float64[::1]          | ALL
            hstack_            | float64[::1], float64[::1]          | ALL
            vstack_            | float64[::1], float64[::1]          | ALL
            column_stack_      | float64[::1], float64[::1]          | ALL
            atleast_2d_        | float64[::1]                        | NO_LOOP
            reshape_           | float64[::1]                        | NO_LOOP
            ravel_             | float64[:, ::1]                     | NO_LOOP
            transpose_         | float64[:, ::1]                     | NO_LOOP
            flip_              | float64[::1]                        | NO_LOOP
            repeat_            | float64[::1]                        | NONE
            roll_              | float64[::1]                        | ALL
            flatten_           | float64[:, ::1]                     | ALL
            eye_               | int64                               | NONE
            identity_          | int64                               | NONE
            diag_              | float64[::1]                        | NONE
            tri_               | int64                               | ALL
            tril_              | float64[:, ::1]                     | ALL
            triu_              | float64[:, ::1]                     | ALL
            sort_              | float64[::1]                        | NO_LOOP
            argsort_           | float64[::1]                        | NO_LOOP
            searchsorted_      | float64[::1], float64               | NONE
            unique_            | float64[::1]                        | SOME
            bincount_          | int64[::1]                          | SOME
            histogram_         | float64[::1]                        | ALL
            digitize_          | float64[::1], float64[::1]          | NONE
            interp_            | float64[::1], float64[::1]          | SOME
            convolve_          | float64[::1], float64[::1]          | ALL
            cov_               | float64[:, ::1]                     | SOME
            vander_            | float64[::1]                        | ALL
            ediff1d_           | float64[::1]                        | ALL
            trace_             | float64[:, ::1]                     | NONE
            kron_              | float64[::1], float64[::1]          | ALL
            dot_               | float64[::1], float64[::1]          | ALL
            norm_              | float64[::1]                        | ALL
            det_               | float64[:, ::1]                     | NO_LOOP
            inv_               | float64[:, ::1]                     | NO_LOOP
            trapz_             | float64[::1]                        | ALL
            select_            | float64[::1]                        | ALL
            hanning_           | int64                               | ALL
            angle_             | float64[::1]                        | ALL
            isposinf_          | float64[::1]                        | ALL
            extract_           | float64[::1]                        | SOME
            append_            | float64[::1], float64[::1]          | ALL
            delete_            | float64[::1], int64[::1]            | SOME
            fill_diagonal_     | float64[:, ::1]                     | NONE
            logspace_          | int64                               | ALL
            partition_         | float64[::1]                        | SOME
            intersect1d_       | float64[::1], float64[::1]          | SOME
            take_along_axis_   | float64[:, ::1], int64[:, ::1]      | SOME
            tril_indices_      | int64                               | SOME
            asarray_chkfinite_ | float64[::1]                        | ALL
            cross_             | float64[::1], float64[::1]          | NO_LOOP
            rot90_             | float64[:, ::1]                     | NO_LOOP
            ascontiguousarray_ | float64[:, ::1]                     | NONE
            asfortranarray_    | float64[:, ::1]                     | NONE
            array_             | float64                             | NO_LOOP
            broadcast_to_      | float64[::1]                        | NO_LOOP
            outer_             | float64[::1], float64[::1]          | ALL
            vdot_              | float64[::1], float64[::1]          | ALL
            nanquantile_       | float64[::1]                        | SOME
            amin_              | float64[::1]                        | ALL
            empty_like_        | float64[::1]                        | NO_LOOP
            ones_like_         | float64[::1]                        | NO_LOOP
            argpartition_      | float64[::1]                        | SOME
            round_             | float64[::1]                        | ALL
            dstack_            | float64[::1], float64[::1]          | ALL
            atleast_1d_        | float64[::1]                        | NO_LOOP
            asarray_           | float64[::1]                        | NO_LOOP
            asfarray_          | int64[::1]                          | ALL
            cross2d_           | float64[:, ::1], float64[:, ::1]    | ALL
            correlate_         | float64[::1], float64[::1]          | ALL
            corrcoef_          | float64[:, ::1]                     | SOME
            roots_             | float64[::1]                        | SOME
            swapaxes_          | float64[:, ::1]                     | NO_LOOP
            expand_dims_       | float64[::1]                        | NO_LOOP
            squeeze_           | float64[:, ::1]                     | NO_LOOP
            fliplr_            | float64[:, ::1]                     | NO_LOOP
            newaxis_           | float64[::1]                        | NO_LOOP
            mask_read          | float64[::1]                        | SOME
            mask_write         | float64[::1]                        | ALL
            fancy_read         | float64[::1], int64[::1]            | SOME
            moveaxis_          | float64[:, ::1]                     | NO_LOOP
            isreal_            | float64[::1]                        | ALL
            iscomplex_         | float64[::1]                        | ALL
            isrealobj_         | float64[::1]                        | NO_LOOP
            bartlett_          | int64                               | ALL
            blackman_          | int64                               | ALL
            hamming_           | int64                               | ALL
            kaiser_            | int64                               | NONE
            triu_indices_      | int64                               | SOME
            split_             | float64[::1]                        | NO_LOOP
            array_split_       | float64[::1]                        | NO_LOOP
            broadcast_arrays_  | float64[::1], float64[:, ::1]       | NO_LOOP
            trapezoid_         | float64[::1]                        | ALL
            frombuffer_        | float64[::1]                        | NO_LOOP
            ndindex_sum        | float64[:, ::1]                     | ALL
            float32_           | float64[::1]                        | ALL
            random_            | int64                               | NONE
            as_strided_        | float64[::1]                        | NO_LOOP
            matrix_power_      | float64[:, ::1]                     | SOME
            cholesky_          | float64[:, ::1]                     | NO_LOOP
            svd_               | float64[:, ::1]                     | NO_LOOP
            eigvals_           | float64[:, ::1]                     | NO_LOOP
            solve_             | float64[:, ::1], float64[:, ::1]    | NO_LOOP
            pinv_              | float64[:, ::1]                     | NO_LOOP
            cond_              | float64[:, ::1]                     | ALL
            norm_fro           | float64[:, ::1]                     | ALL
            std_axis           | float64[:, ::1]                     | ALL
            cumsum_int         | int64[::1]                          | NONE
            diff_2d            | float64[:, ::1]                     | ALL
            median_axis        | float64[:, ::1]                     | SOME
            sum_axis0          | float64[:, ::1]                     | ALL
            """)
    void explainReports(String kernel, String argumentTypes, Vectorized expected) {
        String explained = MODULE.function(kernel).explain("(" + argumentTypes + ",)");
        assertEquals(expected, of(explained), kernel + ":\n" + explained);
    }
}
