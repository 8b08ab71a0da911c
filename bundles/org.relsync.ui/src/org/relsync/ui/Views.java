package org.relsync.ui;

/** The ids of RelSync's views (plugin.xml names the same). */
public final class Views {

    public static final String EXPLORER = "org.relsync.ui.explorer";
    public static final String PROBLEMS = "org.relsync.ui.problems";
    public static final String SYNC = "org.relsync.ui.sync";
    public static final String DDL = "org.relsync.ui.ddl";

    private Views() {
    }
}
