package org.relsync.sync.edit;

import org.relsync.model.RelSyncException;

/** An edit cannot be made as asked: an unknown element, a bad value, a name already taken. Nothing changed. */
public class EditException extends RelSyncException {

    private static final long serialVersionUID = 1L;

    public EditException(String message) {
        super(message);
    }
}
