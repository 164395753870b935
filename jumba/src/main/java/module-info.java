module io.jumba {
    requires transitive io.jumba.ufunc;
    exports io.jumba;
}
