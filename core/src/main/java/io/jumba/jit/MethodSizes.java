package io.jumba.jit;

import java.lang.classfile.Attributes;
import java.lang.classfile.ClassFile;
import java.lang.classfile.MethodModel;
import java.util.HashMap;
import java.util.Map;

/**
 * The bytecode length of each method of a class file (its Code attribute's code_length), for
 * {@link CompiledKernel#hugeFunctions()}.
 */
final class MethodSizes {
    private MethodSizes() {}

    /** Method name → bytecode bytes (the longest, should a name be overloaded); abstract methods are absent. */
    static Map<String, Integer> of(byte[] classFile) {
        Map<String, Integer> sizes = new HashMap<>();
        for (MethodModel method : ClassFile.of().parse(classFile).methods()) {
            method.findAttribute(Attributes.code()).ifPresent(
                    code -> sizes.merge(method.methodName().stringValue(), code.codeLength(), Math::max));
        }
        return sizes;
    }
}
