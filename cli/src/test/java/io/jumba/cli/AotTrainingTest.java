package io.jumba.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** bin/jumba's AOT training workload: every command ends as it expects, so the cache it records is complete. */
class AotTrainingTest {
    @TempDir
    Path dir;

    @Test
    void everyTrainingCommandEndsAsExpected() throws IOException {
        assertNull(AotTraining.train(dir));
        assertTrue(Files.exists(dir.resolve("out").resolve("ret.npy")), "--out-dir wrote the result");
    }
}
