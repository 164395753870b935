@SuppressWarnings("module") // the qualified export names modules built after this one
module io.jumba.vectorize {
    requires transitive io.jumba.core;
    requires static jdk.incubator.vector;
    exports io.jumba.vectorize to io.jumba.ufunc, io.jumba;
}
