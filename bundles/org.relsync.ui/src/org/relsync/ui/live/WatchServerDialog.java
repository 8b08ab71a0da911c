package org.relsync.ui.live;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.relsync.ui.Preferences;
import org.relsync.ui.session.Passwords;

/**
 * Project &gt; Live from a Watch Server: the address of a running {@code relsync watch --port N}'s
 * stream and its token, from an environment variable (or the secure store's entry of that name, as
 * database passwords) or typed in, masked. Connect subscribes ({@link LiveMode#subscribe}); a
 * refusal or an unreachable server is said here and nothing else changes. The address and the
 * variable's name are remembered in the preferences; a typed token never is.
 */
public final class WatchServerDialog extends TitleAreaDialog {

    /** The preference with the last address subscribed to. */
    static final String SERVER = "liveWatchServer";
    /** The preference with the name of the last token variable. */
    static final String TOKEN_VARIABLE = "liveWatchTokenVariable";

    private static final String INTRO = "Each change a relsync watch --port N reports is synced into the open project, "
            + "undoable, unsaved.";

    private Text address;
    private Button fromVariable;
    private Text variable;
    private Button typed;
    private Text token;

    public WatchServerDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Live from a Watch Server");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Follow a running relsync watch");
        setMessage(INTRO);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.setLayout(new GridLayout(2, false));
        IPreferenceStore store = Preferences.store();
        new Label(body, SWT.NONE).setText("&Server:");
        address = text(body, SWT.BORDER, value(store, SERVER, "ws://127.0.0.1:8787/events"));
        fromVariable = new Button(body, SWT.RADIO);
        fromVariable.setText("Token from &variable:");
        variable = text(body, SWT.BORDER, value(store, TOKEN_VARIABLE, "RELSYNC_TOKEN"));
        variable.setMessage("the environment variable relsync watch --token-env names");
        typed = new Button(body, SWT.RADIO);
        typed.setText("&Token:");
        token = text(body, SWT.BORDER | SWT.PASSWORD, "");
        token.setMessage("typed here; not kept");
        fromVariable.setSelection(true);
        token.addModifyListener(e -> {
            boolean some = !token.getText().isEmpty();
            typed.setSelection(some);
            fromVariable.setSelection(!some);
        });
        return area;
    }

    private static String value(IPreferenceStore store, String key, String otherwise) {
        String value = store.getString(key);
        return value == null || value.isBlank() ? otherwise : value;
    }

    private static Text text(Composite body, int style, String value) {
        Text text = new Text(body, style);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 320;
        text.setLayoutData(data);
        text.setText(value);
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Connect", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        setErrorMessage(null);
        URI stream;
        try {
            stream = new URI(address.getText().strip());
        } catch (URISyntaxException e) {
            setErrorMessage("Not an address: " + e.getMessage());
            return;
        }
        if (!("ws".equals(stream.getScheme()) || "wss".equals(stream.getScheme())) || stream.getHost() == null) {
            setErrorMessage("The server is a ws:// address, such as ws://127.0.0.1:8787/events (relsync watch says it)");
            return;
        }
        String name = variable.getText().strip();
        String secret = typed.getSelection() ? token.getText() : Passwords.lookup(name);
        if (secret == null || secret.isEmpty()) {
            setErrorMessage(typed.getSelection() ? "Type the token, or take it from a variable"
                    : "No variable " + (name.isEmpty() ? "named" : name) + " in the workbench's environment (nor in the secure store)");
            return;
        }
        Optional<String> refused = connect(stream, secret);
        if (refused.isPresent()) {
            setErrorMessage("Not subscribed to " + stream + ": " + refused.get());
            return;
        }
        IPreferenceStore store = Preferences.store();
        store.setValue(SERVER, stream.toString());
        if (!typed.getSelection()) {
            store.setValue(TOKEN_VARIABLE, name);
        }
        super.okPressed();
    }

    /** Subscribes, the dialog waiting (its buttons off) for the server's answer. */
    private Optional<String> connect(URI stream, String secret) {
        setMessage("Connecting to " + stream + "\u2026");
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        Display display = getShell().getDisplay();
        CompletableFuture<Optional<String>> answer = LiveMode.get().subscribe(stream, secret);
        answer.whenComplete((r, e) -> display.wake());
        while (!answer.isDone()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        if (!getShell().isDisposed()) {
            getButton(IDialogConstants.OK_ID).setEnabled(true);
            setMessage(INTRO);
        }
        try {
            return answer.join();
        } catch (RuntimeException e) {
            return Optional.of(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }
}
