package org.relsync.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relsync.sync.tests.Fixture.column;
import static org.relsync.sync.tests.Fixture.field;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.EntityField;
import org.relsync.model.entity.ModelType;
import org.relsync.model.mapping.EntityMapping;
import org.relsync.model.project.OrphanAction;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.RelationalElement;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.Table;
import org.relsync.sync.DatabaseMappings;
import org.relsync.sync.report.ChangeKind;
import org.relsync.sync.report.ChangeReport;
import org.relsync.sync.report.Problem;

/** SYNC-SPEC section 4: the whole matrix of sync source × configured action × element kind. */
class Section4_OrphansTest extends Scenario {

    /** The orphan kinds of the spec: excludable (table, view, sequence) and parts of a mapped table. */
    enum Kind {
        TABLE(true), VIEW(true), SEQUENCE(true), FIELD(false), FOREIGN_KEY(false), UNIQUE_CONSTRAINT(false),
        PRIMARY_KEY(false);

        final boolean excludable;

        Kind(boolean excludable) {
            this.excludable = excludable;
        }
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (SyncSource source : SyncSource.values()) {
            for (OrphanAction action : OrphanAction.values()) {
                for (Kind kind : Kind.values()) {
                    cases.add(Arguments.of(source, action, kind));
                }
            }
        }
        return cases.stream();
    }

    /** The spec's rule, restated: Database schemas never mark; Mixed schemas mark only tables; Model schemas mark anything. */
    private static boolean markable(SyncSource source, Kind kind) {
        return source == SyncSource.MODEL || (source == SyncSource.MIXED && kind == Kind.TABLE);
    }

    @ParameterizedTest(name = "{0} schema, {1}, orphaned {2}")
    @MethodSource("matrix")
    void theConfiguredActionAppliesAsTheSyncSourceAllows(SyncSource source, OrphanAction action, Kind kind) {
        if (kind.excludable) {
            project().getSettings().setExcludableOrphanedElementDetectedAction(action);
            project().getSettings().setNonExcludableOrphanedElementDetectedAction(OrphanAction.DO_NOTHING);
        } else {
            project().getSettings().setExcludableOrphanedElementDetectedAction(OrphanAction.DO_NOTHING);
            project().getSettings().setNonExcludableOrphanedElementDetectedAction(action);
        }
        RelationalElement orphan = buildOrphan(source, kind);

        ChangeReport report = sync();

        boolean marked = action == OrphanAction.MARK_FOR_DELETION && markable(source, kind);
        boolean warned = action == OrphanAction.RAISE_WARNING
                || (action == OrphanAction.MARK_FOR_DELETION && !markable(source, kind));
        assertEquals(marked, orphan.isMarkedForDeletion(), "marked for deletion");
        assertEquals(marked ? 1 : 0, changes(report, ChangeKind.MARKED, orphan.eClass().getName()).size(), "reported as marked");
        List<Problem> warnings = report.problems().stream().filter(p -> p.code().startsWith("orphan.")).toList();
        assertEquals(warned ? 1 : 0, warnings.size(), () -> "warnings: " + warnings);
        for (Problem warning : warnings) {
            assertEquals(markable(source, kind), warning.fixes().contains("mark it for deletion"),
                    "a fix to mark for deletion is offered exactly where marking is allowed: " + warning.fixes());
        }
    }

    @Test
    void aMarkedElementThatIsMappedAgainIsUnmarked() {
        Database db = fixture.database("main", "ansi");
        Schema schema = Fixture.schema(db, "APP", SyncSource.MODEL);
        Table legacy = Fixture.table(schema, "Legacy", "Id INTEGER NOT NULL");
        sync();
        assertTrue(legacy.isMarkedForDeletion(), "default for excludable orphans: MarkForDeletion");

        Entity entity = fixture.entity("Legacy");
        field(entity, "Id", ModelType.INT32, "id");
        ChangeReport report = sync();

        assertFalse(legacy.isMarkedForDeletion());
        assertChange(report, ChangeKind.UNMARKED, "Table", "Legacy");
    }

    @Test
    void aMarkedElementStaysMarkedAndIsNotReportedAgain() {
        Database db = fixture.database("main", "ansi");
        Schema schema = Fixture.schema(db, "APP", SyncSource.MODEL);
        Table legacy = Fixture.table(schema, "Legacy", "Id INTEGER NOT NULL");
        sync();
        ChangeReport second = sync();
        assertTrue(legacy.isMarkedForDeletion());
        assertTrue(second.changes().isEmpty());
        assertTrue(second.problems().isEmpty());
    }

    /**
     * One schema of the given source holding a table {@code Main} mapped by entity {@code Main}
     * (fields Id, Ref), a mapped table {@code Other}, and exactly one orphan of the given kind.
     */
    private RelationalElement buildOrphan(SyncSource source, Kind kind) {
        Database db = fixture.database("main", "ansi");
        Schema schema = Fixture.schema(db, "S", source);
        Entity main = fixture.entity("Main");
        EntityField id = field(main, "Id", ModelType.INT32, kind == Kind.PRIMARY_KEY ? new String[0] : new String[] {"id"});
        EntityField ref = field(main, "Ref", ModelType.INT32);
        Entity other = fixture.entity("Other");
        EntityField otherId = field(other, "Id", ModelType.INT32, "id");
        Table mainTable = Fixture.table(schema, "Main", "Id INTEGER NOT NULL", "Ref INTEGER NOT NULL");
        Table otherTable = Fixture.table(schema, "Other", "Id INTEGER NOT NULL");
        Fixture.primaryKey(otherTable, "PK_Other", "Id");
        if (kind != Kind.PRIMARY_KEY) {
            Fixture.primaryKey(mainTable, "PK_Main", "Id");
        }
        DatabaseMappings m = DatabaseMappings.of(project(), db);
        EntityMapping mainMapping = m.map(main, mainTable);
        m.map(mainMapping, id, column(mainTable, "Id"));
        m.map(mainMapping, ref, column(mainTable, "Ref"));
        m.map(m.map(other, otherTable), otherId, column(otherTable, "Id"));
        return switch (kind) {
            case TABLE -> Fixture.table(schema, "Unmapped", "Id INTEGER NOT NULL");
            case VIEW -> Fixture.view(schema, "Unmapped", "Id INTEGER");
            case SEQUENCE -> Fixture.sequence(schema, "Unused");
            case FIELD -> {
                mainTable.getFields().add(newColumn("Extra"));
                yield column(mainTable, "Extra");
            }
            case FOREIGN_KEY -> Fixture.foreignKey(mainTable, "FK_Main_Other", "Ref", otherTable, "Id");
            case UNIQUE_CONSTRAINT -> Fixture.uniqueConstraint(mainTable, "UC_Main_Ref", "Ref");
            case PRIMARY_KEY -> Fixture.primaryKey(mainTable, "PK_Main", "Id");
        };
    }

    private static org.relsync.model.relational.TableField newColumn(String name) {
        org.relsync.model.relational.TableField f = org.relsync.model.relational.RelationalFactory.eINSTANCE.createTableField();
        f.setName(name);
        f.setDataType("INTEGER");
        return f;
    }
}
