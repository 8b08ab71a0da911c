package org.relsync.testing;

import org.junit.jupiter.api.extension.ExtensionContext;

/** What the whole test run closes when it ends: the root context's store closes what it holds then. */
final class AtTheEnd {

    private AtTheEnd() {
    }

    /** Has {@code stop} run once when the test run ends, however many classes ask. */
    static void close(ExtensionContext context, Class<?> server, AutoCloseable stop) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(server, key -> stop,
                AutoCloseable.class);
    }
}
