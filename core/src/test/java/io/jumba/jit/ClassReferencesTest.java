package io.jumba.jit;

import org.junit.jupiter.api.Test;

import java.lang.classfile.ClassFile;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.util.Arrays;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The classes a class file refers to, including those named only inside a member reference's descriptor. */
class ClassReferencesTest {
    private static final ClassDesc PROBE = ClassDesc.of("Probe");

    /**
     * {@code Probe.run()} passes null to {@code Probe.take(File, Long[])} and reads {@code Probe.name}: neither
     * File, Long nor String gets a CONSTANT_Class entry, they appear only in the NameAndType descriptors.
     */
    private static byte[] probe() {
        MethodTypeDesc take = MethodTypeDesc.of(ConstantDescs.CD_void, ClassDesc.of("java.io.File"),
                ClassDesc.of("java.lang.Long").arrayType());
        return ClassFile.of().build(PROBE, cls -> cls
                .withMethodBody("take", take, ClassFile.ACC_STATIC, code -> code.return_())
                .withMethodBody("run", MethodTypeDesc.of(ConstantDescs.CD_void), ClassFile.ACC_STATIC, code -> code
                        .aconst_null().aconst_null().invokestatic(PROBE, "take", take)
                        .getstatic(PROBE, "name", ConstantDescs.CD_String).pop()
                        .return_()));
    }

    @Test
    void descriptorOnlyReferencesAreFound() {
        assertEquals(Set.of("Probe", "java.lang.Object", "java.io.File", "java.lang.Long", "java.lang.String"),
                ClassReferences.of(probe()));
    }

    @Test
    void arrayClassEntriesNameTheirElementType() {
        byte[] bytes = ClassFile.of().build(PROBE, cls -> cls.withMethodBody("run",
                MethodTypeDesc.of(ConstantDescs.CD_Object), ClassFile.ACC_STATIC, code -> code
                        .iconst_1().anewarray(ClassDesc.of("java.lang.Thread").arrayType()).areturn()));
        assertEquals(Set.of("Probe", "java.lang.Object", "java.lang.Thread"), ClassReferences.of(bytes));
    }

    @Test
    void malformedBytesAreIllegalArguments() {
        byte[] bytes = probe();
        assertThrows(IllegalArgumentException.class, () -> ClassReferences.of(Arrays.copyOf(bytes, bytes.length / 2)));
        assertThrows(IllegalArgumentException.class, () -> ClassReferences.of("#!/bin/sh\n".getBytes()));
        assertThrows(IllegalArgumentException.class, () -> ClassReferences.of(new byte[0]));
    }
}
