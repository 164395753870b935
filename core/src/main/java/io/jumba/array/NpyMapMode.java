package io.jumba.array;

import java.nio.channels.FileChannel;

/** How {@link Npy#map} maps a file: NumPy's {@code mmap_mode} values {@code 'r'}, {@code 'r+'} and {@code 'c'}. */
public enum NpyMapMode {
    /** {@code 'r'}: read-only; a write throws. */
    READ_ONLY(FileChannel.MapMode.READ_ONLY),
    /** {@code 'r+'}: writes go to the file. */
    READ_WRITE(FileChannel.MapMode.READ_WRITE),
    /**
     * {@code 'c'}: copy-on-write; writes stay in memory and never reach the file (which must still be writable: Java
     * maps privately only through a channel open for writing).
     */
    COPY_ON_WRITE(FileChannel.MapMode.PRIVATE);

    private final FileChannel.MapMode channelMode;

    NpyMapMode(FileChannel.MapMode channelMode) { this.channelMode = channelMode; }

    FileChannel.MapMode channelMode() { return channelMode; }

    /** The mode NumPy spells {@code mmapMode} ({@code "r"}, {@code "r+"} or {@code "c"}). */
    public static NpyMapMode ofNumpy(String mmapMode) {
        return switch (mmapMode) {
            case "r" -> READ_ONLY;
            case "r+" -> READ_WRITE;
            case "c" -> COPY_ON_WRITE;
            default -> throw new IllegalArgumentException("mmap_mode must be 'r', 'r+' or 'c', not '" + mmapMode + "'");
        };
    }
}
