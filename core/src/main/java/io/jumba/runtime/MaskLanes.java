package io.jumba.runtime;

import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/**
 * Bool arrays ({@code boolean[]} storage) as vector masks under a mask of active lanes, which the Vector API
 * lacks: {@code VectorMask.fromArray} and {@code intoArray} read and write every lane. Generated code calls these
 * for the masked steps of a vector loop: its last, partial step, and stores under a condition.
 */
public final class MaskLanes {
    private MaskLanes() {}

    /**
     * The elements a[offset + q] as a mask of species, lane q set only where active is set and the element is true;
     * only active lanes' elements are read (the others may lie past the array's end).
     */
    public static <E> VectorMask<E> fromArray(VectorSpecies<E> species, boolean[] a, int offset, VectorMask<E> active) {
        long bits = 0;
        for (int q = 0; q < species.length(); q++) {
            if (active.laneIsSet(q) && a[offset + q]) bits |= 1L << q;
        }
        return VectorMask.fromLong(species, bits);
    }

    /**
     * Stores lane q of values into a[offset + q] where active is set, touching no other element (in the last step
     * they may lie past the array's end or, in a parallel ufunc, belong to another thread's part).
     */
    public static <E> void intoArray(VectorMask<E> values, boolean[] a, int offset, VectorMask<E> active) {
        for (int q = 0; q < values.length(); q++) {
            if (active.laneIsSet(q)) a[offset + q] = values.laneIsSet(q);
        }
    }

    /**
     * Stores lane q of values into a[offset + q] where active is set, for a step whose every lane is in the loop's
     * range: all lanes are written at once, the inactive ones with the values they had.
     */
    public static <E> void blendIntoArray(VectorMask<E> values, boolean[] a, int offset, VectorMask<E> active) {
        VectorMask<E> old = VectorMask.fromArray(values.vectorSpecies(), a, offset);
        values.and(active).or(old.andNot(active)).intoArray(a, offset);
    }
}
