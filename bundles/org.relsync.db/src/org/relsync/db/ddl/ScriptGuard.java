package org.relsync.db.ddl;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * What a database needs around a DDL script beyond running its statements, on the statement the
 * script runs on (SQLite: foreign-key enforcement off while tables are rebuilt, and a check that
 * every row still finds the rows it references before the commit).
 */
public interface ScriptGuard {

    /** Nothing around the script. */
    ScriptGuard NONE = new ScriptGuard() {
    };

    /** Before the first statement. */
    default void before(Statement statement) throws SQLException {
    }

    /** After the last statement succeeded: why the script must be rolled back instead of committed, or null. */
    default String veto(Statement statement) throws SQLException {
        return null;
    }

    /** After the script, whatever its outcome. */
    default void after(Statement statement) throws SQLException {
    }
}
