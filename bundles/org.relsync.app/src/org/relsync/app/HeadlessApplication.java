package org.relsync.app;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;
import org.relsync.app.cli.CliContext;
import org.relsync.app.cli.RelSyncCli;

/** The Equinox application behind the {@code relsync} command: a thin adapter over {@link RelSyncCli}. */
public class HeadlessApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Object args = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        String version = FrameworkUtil.getBundle(getClass()).getVersion().toString();
        int exitCode = new RelSyncCli(version, CliContext.ofProcess())
                .run(args instanceof String[] strings ? strings : new String[0]);
        return Integer.valueOf(exitCode);
    }

    @Override
    public void stop() {
        // commands run to completion; there is nothing to interrupt
    }
}
