module io.jumba.ufunc {
    requires transitive io.jumba.vectorize;
    requires static jdk.incubator.vector;
    exports io.jumba.ufunc;
}
