package org.relsync.ui.views;

/** Small wording helpers for the views. */
final class Texts {

    private Texts() {
    }

    /** "1 error", "2 errors". */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
