package io.jumba.codegen;

/**
 * Mangles kernel identifiers into Java identifiers that can never collide with or name Java things:
 * variables become {@code v_<escaped>}, functions {@code f_<escaped>}. The escape is injective and ASCII-only:
 * letters and digits stay, {@code _} becomes {@code __}, every other code point becomes {@code _x<hex>_}.
 * Names the generator invents itself contain {@code $}, which mangled names never do.
 */
final class Names {
    private Names() {}

    static String variable(String name) { return "v_" + escape(name); }

    static String function(String name) { return "f_" + escape(name); }

    static String escape(String name) {
        StringBuilder sb = new StringBuilder();
        name.codePoints().forEach(cp -> {
            if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')) sb.append((char) cp);
            else if (cp == '_') sb.append("__");
            else sb.append("_x").append(Integer.toHexString(cp)).append('_');
        });
        return sb.toString();
    }

    /** Whether s can be the generated class's name: a plain ASCII Java identifier that is no keyword. */
    static boolean isClassName(String s) {
        if (s.isEmpty() || !Character.isLetter(s.charAt(0)) || s.charAt(0) > 127) return false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch > 127 || !(Character.isLetterOrDigit(ch) || ch == '_')) return false;
        }
        return !javax.lang.model.SourceVersion.isKeyword(s);
    }
}
