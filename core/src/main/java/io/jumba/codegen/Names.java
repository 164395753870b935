package io.jumba.codegen;

import javax.lang.model.SourceVersion;
import java.util.regex.Pattern;

/**
 * Java names in generated code. Kernel identifiers are untrusted, so the name spaces are disjoint by construction
 * (docs/architecture.md, "Generated Java"):
 * <ul>
 *   <li>a kernel variable or function {@code x} is {@code escape(x) + "_"}: {@code x_} — every such name, and no
 *       other, ends with {@code _};</li>
 *   <li>what the generator keeps for a variable is its name plus a role of lower-case letters and digits:
 *       {@code x_data}, {@code x_off}, {@code x_n0}, {@code x_s0}, {@code s_acc0} — the text after the last
 *       {@code _} says whose and which, and it never ends with {@code _};</li>
 *   <li>the generator's temporaries are a lower-case word and maybe a number ({@code i}, {@code start2}), with no
 *       {@code _} or {@code $}; class-level names are {@code P}, species fields such as {@code DOUBLE_256} (upper
 *       case), {@code jumba$positions}, outlined nests {@code f_$0}, and imported classes (capitalized, no
 *       {@code _}).</li>
 * </ul>
 * So no kernel name equals a Java keyword, a class the code refers to, or a name the generator invents.
 * {@link #escape} keeps ASCII letters, digits and {@code _}, writes {@code $} as {@code $$} and every other code point
 * (and a leading digit) as {@code $<hex>$}: injective and ASCII-only.
 */
public final class Names {
    /** A role: what the generator keeps for a variable, appended to its name. */
    private static final Pattern ROLE = Pattern.compile("[a-z][a-z0-9]*");
    /** The roles of a hoisted array ({@link FunctionEmitter}); a loop emitter may not declare them again. */
    private static final Pattern HOISTED = Pattern.compile("data|off|[ns][0-9]+");
    /** A temporary's hint: lower-case initial, letters only (the number that makes it fresh follows). */
    private static final Pattern HINT = Pattern.compile("[a-z][A-Za-z]*");

    private Names() {}

    static String variable(String name) { return escape(name) + "_"; }

    public static String function(String name) { return escape(name) + "_"; }

    /** The method of a function's outlined loop nest number part: {@code f_$0}, {@code f_$1}, ... */
    public static String outlined(String function, int part) { return function(function) + "$" + part; }

    /** The name of what the generator keeps for variable name in the given role, e.g. {@code x_data}. */
    static String derived(String name, String role) {
        if (!ROLE.matcher(role).matches()) throw new IllegalArgumentException("bad role: " + role);
        return variable(name) + role;
    }

    /** Whether role is one of a hoisted array's, which only the function emitter declares. */
    static boolean hoistedRole(String role) { return HOISTED.matcher(role).matches(); }

    /** Checks that hint can start a temporary's name: a lower-case word that is no Java keyword. */
    static String hint(String hint) {
        if (!HINT.matcher(hint).matches() || SourceVersion.isKeyword(hint)) {
            throw new IllegalArgumentException("bad temporary name: " + hint);
        }
        return hint;
    }

    static String escape(String name) {
        if (name.isEmpty()) throw new IllegalArgumentException("empty name");
        StringBuilder sb = new StringBuilder();
        name.codePoints().forEach(cp -> {
            boolean digit = cp >= '0' && cp <= '9';
            if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_' || digit && !sb.isEmpty()) {
                sb.append((char) cp);
            } else if (cp == '$') {
                sb.append("$$");
            } else {
                sb.append('$').append(Integer.toHexString(cp)).append('$');
            }
        });
        return sb.toString();
    }

    /** Whether s is a dotted Java package name whose every part {@link #isClassName} would accept. */
    static boolean isPackageName(String s) {
        for (String part : s.split("\\.", -1)) if (!isClassName(part)) return false;
        return true;
    }

    /** Whether s can be the generated class's name: a plain ASCII Java identifier that is no keyword. */
    static boolean isClassName(String s) {
        if (s.isEmpty() || !Character.isLetter(s.charAt(0)) || s.charAt(0) > 127) return false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch > 127 || !(Character.isLetterOrDigit(ch) || ch == '_')) return false;
        }
        return !SourceVersion.isKeyword(s);
    }
}
