package org.relsync.cli.tests;

import java.util.List;

/** What one {@code relsync} command line printed and returned, in the product or in-process. */
record Result(int exitCode, String out, String err) {

    List<String> errLines() {
        return err.lines().toList();
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
