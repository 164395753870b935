package io.jumba.codegen;

import java.util.HashSet;
import java.util.Set;

/**
 * The generator's temporaries of one function (and its outlined nests): each name is its hint, or the hint and the
 * smallest number from 2 that is still free ({@code i}, {@code i2}, ...). Hints are lower-case words without digits
 * ({@link Names#hint}), so distinct hints never give the same name, and no temporary is a kernel name
 * ({@link Names}).
 */
final class Temporaries {
    private final Set<String> used = new HashSet<>();

    String fresh(String hint) {
        String name = Names.hint(hint);
        for (int n = 2; !used.add(name); n++) name = hint + n;
        return name;
    }
}
