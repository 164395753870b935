package io.jumba.types;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.source.SourcePos;

import java.util.ArrayList;
import java.util.List;

/** Recursive-descent parser for Numba signature and type strings; errors point at the offending column. */
final class SignatureParser {
    private final String text;
    private int at;

    SignatureParser(String text) { this.text = text; }

    Signature signature() {
        skipSpace();
        Type ret = null;
        if (peek() != '(') {
            ret = type(true);
            skipSpace();
            if (at == text.length()) {
                if (ret instanceof Type.None) throw error("'void' is only a return type");
                return new Signature(List.of(ret), null);
            }
        }
        expect('(');
        List<Type> args = new ArrayList<>();
        skipSpace();
        if (peek() != ')') {
            do {
                args.add(type(false));
                skipSpace();
            } while (accept(',') && !closes()); // "(float64[:],)": a trailing comma, as in a Python tuple
        }
        expect(')');
        end();
        return new Signature(args, ret);
    }

    Type singleType() {
        Type t = type(false);
        end();
        return t;
    }

    private Type type(boolean allowVoid) {
        skipSpace();
        int start = at;
        String name = identifier();
        switch (name) {
            case "void" -> {
                if (!allowVoid) { at = start; throw error("'void' is only a return type"); }
                return Type.NONE;
            }
            case "none" -> {
                return Type.NONE; // also an argument: None passed, or a parameter defaulting to None left out
            }
            case "optional", "OptionalType" -> {
                expect('(');
                Type value = type(false);
                expect(')');
                if (value instanceof Type.Optional || value instanceof Type.None) {
                    at = start;
                    throw error("an optional type holds a number, array or tuple, not " + value);
                }
                return new Type.Optional(value);
            }
            case "UniTuple" -> {
                expect('(');
                Type element = type(false);
                expect(',');
                int count = integer();
                expect(')');
                List<Type> elements = new ArrayList<>();
                for (int i = 0; i < count; i++) elements.add(element);
                return new Type.Tuple(elements);
            }
            case "list", "ListType" -> {
                // list(int64) as Jumba and Numba spell a list's type, ListType[int64] a typed List's
                boolean bracket = name.equals("ListType");
                expect(bracket ? '[' : '(');
                Type element = type(false);
                expect(bracket ? ']' : ')');
                return new Type.ListOf(listItem(element, start));
            }
            case "DictType" -> {
                expect('[');
                Type key = type(false);
                expect(',');
                Type value = type(false);
                expect(']');
                return new Type.DictOf(scalarElement(key, start), scalarElement(value, start));
            }
            case "Tuple" -> {
                expect('(');
                List<Type> elements = new ArrayList<>();
                do elements.add(type(false)); while (accept(','));
                expect(')');
                return new Type.Tuple(elements);
            }
            default -> {
                DType dtype = DType.byName(name);
                if (dtype == null) { at = start; throw error("unknown type '" + name + "'"); }
                skipSpace();
                return peek() == '[' ? arrayDims(dtype) : Type.scalar(dtype);
            }
        }
    }

    /** A list's item type: one that {@link Type.ListOf#holds}. */
    private Type listItem(Type t, int start) {
        if (Type.ListOf.holds(t)) return t;
        at = start;
        throw error("lists hold real scalars, arrays, tuples or lists, not " + t);
    }

    private Type.Scalar scalarElement(Type t, int start) {
        if (t instanceof Type.Scalar s) return s;
        at = start;
        throw error("lists and dicts hold scalars, not " + t);
    }

    /** {@code [:, ::1]}: each dimension ':' or '::1'; '::1' last means C layout, first means F. */
    private Type arrayDims(DType dtype) {
        expect('[');
        List<Boolean> unitStride = new ArrayList<>();
        do {
            expect(':');
            boolean unit = false;
            skipSpace();
            if (peek() == ':') {
                at++;
                skipSpace();
                int pos = at;
                if (integer() != 1) { at = pos; throw error("only '::1' may give a stride"); }
                unit = true;
            }
            unitStride.add(unit);
        } while (accept(','));
        expect(']');
        int n = unitStride.size();
        long units = unitStride.stream().filter(u -> u).count();
        Layout layout;
        if (units == 0) layout = Layout.A;
        else if (units == 1 && unitStride.get(n - 1)) layout = Layout.C;
        else if (units == 1 && unitStride.getFirst()) layout = Layout.F;
        else throw error("'::1' may only mark the first or the last dimension");
        return Type.array(dtype, n, layout);
    }

    private String identifier() {
        skipSpace();
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) at++;
        if (start == at || Character.isDigit(text.charAt(start))) { at = start; throw error("expected a type name"); }
        return text.substring(start, at);
    }

    private int integer() {
        skipSpace();
        int start = at;
        while (at < text.length() && Character.isDigit(text.charAt(at))) at++;
        if (start == at) throw error("expected an integer");
        return Integer.parseInt(text.substring(start, at));
    }

    private void expect(char c) {
        skipSpace();
        if (peek() != c) throw error("expected '" + c + "'" + (at < text.length() ? "" : " before the end"));
        at++;
    }

    private boolean accept(char c) {
        skipSpace();
        if (peek() != c) return false;
        at++;
        return true;
    }

    private void end() {
        skipSpace();
        if (at != text.length()) throw error("unexpected '" + text.charAt(at) + "'");
    }

    /** Whether the next non-space character is ')'. */
    private boolean closes() {
        skipSpace();
        return peek() == ')';
    }

    private char peek() { return at < text.length() ? text.charAt(at) : '\0'; }

    private void skipSpace() { while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++; }

    private TypingError error(String what) {
        return new TypingError(new SourcePos("<signature>", 1, at + 1, text), "invalid signature: " + what);
    }
}
