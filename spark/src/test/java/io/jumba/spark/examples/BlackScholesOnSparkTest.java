package io.jumba.spark.examples;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The guide's Spark example (docs/user-guide.md, blocks fenced {@code ```java spark}) is BlackScholesOnSpark's, and
 * runs: on fewer options than its 10 million.
 */
class BlackScholesOnSparkTest {
    private static final Path GUIDE = Path.of("..", "docs", "user-guide.md");
    private static final Path EXAMPLE = Path.of("src", "test", "java", "io", "jumba", "spark", "examples", "BlackScholesOnSpark.java");

    @Test
    void everyPriceLiesWithinTheBoundsOfACallOption() throws IOException {
        SparkSession spark = SparkSession.builder().master("local[2]").config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
        List<Row> rows = BlackScholesOnSpark.price(spark, 5_000).collectAsList();
        assertEquals(5_000, rows.size());
        for (Row r : rows) {
            double s = r.getDouble(1), k = r.getDouble(2), t = r.getDouble(3), call = r.getDouble(4);
            // no arbitrage: max(0, S - K e^{-rT}) <= C <= S; the polynomial CND is good to about 1e-7
            double floor = Math.max(0, s - k * Math.exp(-0.02 * t));
            assertTrue(call >= floor - 1e-5 && call <= s, () -> "call " + call + " for " + r);
        }
    }

    @Test
    void theGuidesSparkExampleIsThisOne() throws IOException {
        List<String> guide = blocks(Files.readString(GUIDE), Pattern.compile("```java spark\\n(.*?)```", Pattern.DOTALL));
        List<String> here = blocks(Files.readString(EXAMPLE), Pattern.compile("// example\\n(.*?)// end example", Pattern.DOTALL));
        assertEquals(1, guide.size(), "the guide has one Spark example");
        assertEquals(here, guide);
    }

    /** The code of each match of pattern's group 1, lines stripped of indentation, imports and blank lines dropped. */
    private static List<String> blocks(String text, Pattern pattern) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(m.group(1).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("import "))
                    .collect(Collectors.joining("\n")));
        }
        return out;
    }
}
