package org.relsync.diagram.scene;

public enum NodeKind {
    ENTITY, TYPED_VIEW, TABLE, VIEW, SEQUENCE
}
