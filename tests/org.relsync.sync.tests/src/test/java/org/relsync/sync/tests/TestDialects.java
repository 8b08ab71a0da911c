package org.relsync.sync.tests;

import org.relsync.sync.dialect.AnsiDialect;

/** Dialects that differ from ANSI where the engine must follow the dialect. */
final class TestDialects {

    private TestDialects() {
    }

    /** Generates identity values with sequences, like Oracle or PostgreSQL's serial columns. */
    static final class SequenceDialect extends AnsiDialect {
        @Override
        public String id() {
            return "ansi";
        }

        @Override
        public boolean usesSequencesForIdentity() {
            return true;
        }
    }

    /** Allows only short identifiers, to exercise shortening. */
    static final class ShortNamesDialect extends AnsiDialect {
        private final int max;

        ShortNamesDialect(int max) {
            this.max = max;
        }

        @Override
        public String id() {
            return "ansi";
        }

        @Override
        public int maxIdentifierLength() {
            return max;
        }
    }
}
