package io.jumba.jit;

import java.io.DataInputStream;
import java.io.IOException;

/**
 * The constant pool of a class file, as far as Jumba's class-file checks need it: UTF-8 entries, the name index
 * of each CONSTANT_Class and the descriptor index of each NameAndType and MethodType (0 where an entry is not one).
 */
record ConstantPool(String[] utf8, int[] classNames, int[] descriptors) {

    /** Reads the magic number, the version and the pool, leaving {@code in} at the class's access flags. */
    static ConstantPool read(DataInputStream in) throws IOException {
        if (in.readInt() != 0xCAFEBABE) throw new IllegalArgumentException("not a class file");
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classNames = new int[count];
        int[] descriptors = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classNames[i] = in.readUnsignedShort();
                case 12 -> {
                    in.readUnsignedShort();
                    descriptors[i] = in.readUnsignedShort();
                }
                case 16 -> descriptors[i] = in.readUnsignedShort();
                case 8, 19, 20 -> in.readUnsignedShort();
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                case 3, 4, 9, 10, 11, 17, 18 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                default -> throw new IllegalArgumentException("bad constant pool tag " + tag);
            }
        }
        return new ConstantPool(utf8, classNames, descriptors);
    }
}
