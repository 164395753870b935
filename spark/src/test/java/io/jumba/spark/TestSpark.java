package io.jumba.spark;

import org.apache.spark.sql.SparkSession;

/** The local Spark session the module's tests share: two worker threads, no UI, started once per test JVM. */
final class TestSpark {
    private TestSpark() {}

    static SparkSession session() {
        return SparkSession.builder()
                .master("local[2]")
                .appName("jumba-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }
}
