package io.jumba.array;

import java.io.IOException;

/** A {@code .npy} file that is corrupt or holds something Jumba cannot represent; the message names the file. */
public final class NpyFormatException extends IOException {
    public NpyFormatException(String source, String problem) {
        super(source + ": " + problem);
    }
}
