package io.jumba.frontend;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random operator soups grouped exactly as CPython's {@code ast.parse} groups them. The cases come from
 * {@code frontend/cpython_precedence.py} (run with /usr/bin/python3), one {@code source => rendering} per line.
 */
class CPythonPrecedenceTest {
    @Test
    void groupingMatchesCPython() throws IOException {
        List<String> cases;
        try (InputStream in = getClass().getResourceAsStream("/frontend/cpython_precedence.txt")) {
            cases = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
        assertTrue(cases.size() >= 100);
        for (String line : cases) {
            int arrow = line.lastIndexOf(" => ");
            String source = line.substring(0, arrow);
            assertEquals(line.substring(arrow + 4), ExpressionParsingTest.render(source), source);
        }
    }
}
