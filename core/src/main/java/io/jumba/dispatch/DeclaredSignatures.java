package io.jumba.dispatch;

import io.jumba.diag.TypingError;
import io.jumba.source.SourcePos;
import io.jumba.types.Signature;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The signatures a jit decorator lists ({@code @njit("float64(float64[:], int64)")} or a list of them). As in
 * Numba they are the only ones the function compiles for: a call runs the declared signature its arguments convert
 * to best, ranked as Numba ranks overloads (fewest unsafe conversions, then fewest safe ones, then fewest
 * promotions); no candidate, or two equally good ones, is a TypingError.
 *
 * @param function the function's Python name, for messages
 * @param pos      where errors point: the function's definition
 * @param declared the declared signatures, in decorator order
 */
record DeclaredSignatures(String function, SourcePos pos, List<Signature> declared) {
    DeclaredSignatures {
        declared = List.copyOf(declared);
    }

    boolean isEmpty() { return declared.isEmpty(); }

    /** The return type the declared signature with exactly these argument types gives, or null (none, or not given). */
    Type returnType(List<Type> args) {
        return declared.stream().filter(s -> s.args().equals(args) && s.returnType() != null)
                .map(Signature::returnType).findFirst().orElse(null);
    }

    /**
     * The argument types of the declared signature that runs arguments of types actual.
     *
     * @throws TypingError when no declared signature accepts them, or several accept them equally well
     */
    List<Type> select(List<Type> actual) {
        List<Signature> best = new ArrayList<>();
        Rating bestRating = null;
        for (Signature s : declared) {
            Rating r = Rating.of(actual, s.args());
            if (r == null) continue;
            int cmp = bestRating == null ? -1 : r.compareTo(bestRating);
            if (cmp < 0) {
                best.clear();
                bestRating = r;
            }
            if (cmp <= 0) best.add(s);
        }
        if (best.size() == 1) return best.getFirst().args();
        String given = actual.stream().map(Type::toString).collect(Collectors.joining(", "));
        if (best.isEmpty()) {
            throw new TypingError(pos, "No matching definition for argument type(s) " + given + " of '" + function
                    + "'; declared signatures: " + list(declared));
        }
        throw new TypingError(pos, "Ambiguous overloading for '" + function + "' with argument type(s) " + given
                + ": " + list(best) + " match equally well");
    }

    private static String list(List<Signature> signatures) {
        return signatures.stream().map(Signature::toString).collect(Collectors.joining(", "));
    }

    /** How many arguments need each kind of conversion; fewer unsafe ones rank first, then safe, then promotions. */
    private record Rating(int unsafe, int safe, int promote) implements Comparable<Rating> {
        /** The rating of passing actual to parameters declared; null when some argument does not convert. */
        static Rating of(List<Type> actual, List<Type> declared) {
            if (actual.size() != declared.size()) return null;
            int unsafe = 0, safe = 0, promote = 0;
            for (int i = 0; i < actual.size(); i++) {
                Conversion c = Conversion.of(actual.get(i), declared.get(i));
                if (c == null) return null;
                switch (c) {
                    case EXACT -> { }
                    case PROMOTE -> promote++;
                    case SAFE -> safe++;
                    case UNSAFE -> unsafe++;
                }
            }
            return new Rating(unsafe, safe, promote);
        }

        @Override
        public int compareTo(Rating o) {
            if (unsafe != o.unsafe) return Integer.compare(unsafe, o.unsafe);
            if (safe != o.safe) return Integer.compare(safe, o.safe);
            return Integer.compare(promote, o.promote);
        }
    }
}
