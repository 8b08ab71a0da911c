package org.relsync.db;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.relsync.model.relational.Catalog;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.Index;
import org.relsync.model.relational.PrimaryKey;
import org.relsync.model.relational.ReferentialAction;
import org.relsync.model.relational.RelationalFactory;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Sequence;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.model.relational.TableOrView;
import org.relsync.model.relational.UniqueConstraint;
import org.relsync.model.relational.View;
import org.relsync.sync.catalog.SchemaRef;
import org.relsync.sync.dialect.DatabaseType;
import org.relsync.sync.dialect.Dialect;

import schemacrawler.schema.Column;
import schemacrawler.schema.ColumnReference;
import schemacrawler.schema.ForeignKeyUpdateRule;
import schemacrawler.schema.IndexColumn;
import schemacrawler.schema.TableConstraint;
import schemacrawler.schema.TableConstraintColumn;
import schemacrawler.schema.TableConstraintType;

/**
 * Turns a SchemaCrawler catalog into a detached snapshot of RelSync's relational model: one
 * {@link Catalog} and {@link Schema} per schema asked for, with every type in the dialect's
 * canonical spelling. Foreign keys to tables outside those schemas reference stand-ins that carry
 * only names (the engine resolves them by name).
 */
final class CatalogConverter {

    private static final RelationalFactory R = RelationalFactory.eINSTANCE;

    private final Dialect dialect;
    private final boolean schemaless;
    private final SchemaCrawlerReader.Conversion conversion;
    private final Database project;
    private final Database snapshot;
    private final Map<schemacrawler.schema.Table, TableOrView> tables = new HashMap<>();
    private final Map<Column, TableField> columns = new HashMap<>();
    /** Stand-ins for tables outside the schemas read, in a database of their own (never merged). */
    private final Database outside = R.createDatabase();

    CatalogConverter(Dialect dialect, boolean schemaless, SchemaCrawlerReader.Conversion conversion, Database project) {
        this.dialect = dialect;
        this.schemaless = schemaless;
        this.conversion = conversion;
        this.project = project;
        this.snapshot = R.createDatabase();
        snapshot.setName(project.getName());
        snapshot.setDriverId(project.getDriverId());
    }

    Database convert(schemacrawler.schema.Catalog catalog, List<SchemaRef> wanted) {
        for (SchemaRef ref : wanted) {
            schemacrawler.schema.Schema found = schemaless && catalog.getSchemas().size() == 1
                    ? catalog.getSchemas().iterator().next() : find(catalog, ref);
            Schema schema = Snapshots.schema(snapshot, ref.catalog(), ref.schema());
            schema.setSyncSource(Snapshots.sourceOf(project, ref));
            if (found == null) {
                throw new org.relsync.sync.catalog.CatalogException(project.getName() + ": schema "
                        + (ref.catalog().isEmpty() ? "" : ref.catalog() + ".") + ref.schema() + " does not exist");
            }
            List<schemacrawler.schema.Table> sorted = new ArrayList<>(catalog.getTables(found));
            sorted.sort(Comparator.comparing(schemacrawler.schema.Table::getName));
            for (schemacrawler.schema.Table table : sorted) {
                boolean isView = table instanceof schemacrawler.schema.View || table.getTableType().isView();
                TableOrView converted = isView ? view(table, ref.schema()) : table(table, ref.schema());
                if (converted instanceof View v) {
                    schema.getViews().add(v);
                } else {
                    schema.getTables().add((Table) converted);
                }
            }
            List<schemacrawler.schema.Sequence> sequences = new ArrayList<>(catalog.getSequences(found));
            sequences.sort(Comparator.comparing(schemacrawler.schema.Sequence::getName));
            for (schemacrawler.schema.Sequence s : sequences) {
                Sequence sequence = R.createSequence();
                sequence.setName(s.getName());
                if (s.getStartValue() != null) {
                    sequence.setStartValue(s.getStartValue().longValue());
                }
                sequence.setIncrement(s.getIncrement() == 0 ? 1 : s.getIncrement());
                schema.getSequences().add(sequence);
            }
        }
        // a copy: keys to tables of schemas not read add stand-ins to the map on the way
        for (Map.Entry<schemacrawler.schema.Table, TableOrView> entry : new ArrayList<>(tables.entrySet())) {
            if (entry.getValue() instanceof Table table) {
                keys(entry.getKey(), table);
            }
        }
        return snapshot;
    }


    private static schemacrawler.schema.Schema find(schemacrawler.schema.Catalog catalog, SchemaRef ref) {
        for (schemacrawler.schema.Schema s : catalog.getSchemas()) {
            String catalogName = s.getCatalogName() == null ? "" : s.getCatalogName();
            String schemaName = s.getName() == null ? catalogName : s.getName();
            if (schemaName.equals(ref.schema()) && (ref.catalog().isEmpty() || s.getCatalogName() == null
                    || catalogName.equals(ref.catalog()) || s.getName() == null)) {
                return s;
            }
        }
        return null;
    }


    private Table table(schemacrawler.schema.Table source, String schema) {
        Table table = R.createTable();
        table.setName(source.getName());
        fields(source, table, schema);
        tables.put(source, table);
        return table;
    }

    private View view(schemacrawler.schema.Table source, String schema) {
        View view = R.createView();
        view.setName(source.getName());
        if (source instanceof schemacrawler.schema.DefinedObject defined && defined.hasDefinition()) {
            view.setDefinition(conversion.viewQuery(defined.getDefinition().strip(), schema));
        }
        fields(source, view, schema);
        tables.put(source, view);
        return view;
    }

    private void fields(schemacrawler.schema.Table source, TableOrView target, String schema) {
        for (Column column : source.getColumns()) {
            TableField field = R.createTableField();
            field.setName(column.getName());
            DatabaseType type = dialect.canonical(column.getColumnDataType().getDatabaseSpecificTypeName(),
                    conversion.size(column), column.getDecimalDigits());
            field.setDataType(type.name());
            field.setLength(type.length());
            field.setPrecision(type.precision());
            field.setScale(type.scale());
            field.setNullable(column.isNullable());
            field.setIdentity(column.isAutoIncremented());
            field.setGenerated(column.isGenerated());
            String defaultValue = column.getDefaultValue();
            // MariaDB reports the default of a nullable column without one as the word NULL; an
            // auto-incremented column keeps a default it has (PostgreSQL's serial: nextval of its sequence)
            if (defaultValue != null && !defaultValue.isBlank() && !defaultValue.strip().equalsIgnoreCase("NULL")) {
                field.setDefaultValue(conversion.defaultValue(defaultValue.strip(), schema));
            }
            field.setOrdinal(column.getOrdinalPosition());
            target.getFields().add(field);
            columns.put(column, field);
        }
    }

    private void keys(schemacrawler.schema.Table source, Table table) {
        schemacrawler.schema.PrimaryKey pk = source.getPrimaryKey();
        if (pk != null) {
            PrimaryKey key = R.createPrimaryKey();
            key.setName(pk.getName());
            for (TableConstraintColumn c : pk.getConstrainedColumns()) {
                key.getFields().add(column(c));
            }
            table.setPrimaryKey(key);
        }
        for (TableConstraint constraint : source.getTableConstraints()) {
            if (constraint.getType() == TableConstraintType.unique) {
                UniqueConstraint uc = R.createUniqueConstraint();
                uc.setName(constraint.getName());
                for (TableConstraintColumn c : constraint.getConstrainedColumns()) {
                    uc.getFields().add(column(c));
                }
                table.getUniqueConstraints().add(uc);
            }
        }
        List<schemacrawler.schema.ForeignKey> foreignKeys = new ArrayList<>(source.getImportedForeignKeys());
        foreignKeys.sort(Comparator.comparing(schemacrawler.schema.ForeignKey::getName));
        for (schemacrawler.schema.ForeignKey fk : foreignKeys) {
            ForeignKey key = R.createForeignKey();
            key.setName(fk.getName());
            schemacrawler.schema.Table referenced = null;
            for (ColumnReference reference : fk.getColumnReferences()) {
                key.getFields().add(column(reference.getForeignKeyColumn()));
                key.getReferencedFields().add(column(reference.getPrimaryKeyColumn()));
                referenced = reference.getPrimaryKeyColumn().getParent();
            }
            key.setReferencedTable((Table) tableOrStandIn(referenced));
            key.setOnDelete(rule(fk.getDeleteRule()));
            key.setOnUpdate(rule(fk.getUpdateRule()));
            table.getForeignKeys().add(key);
        }
        List<schemacrawler.schema.Index> indexes = new ArrayList<>(source.getIndexes());
        indexes.sort(Comparator.comparing(schemacrawler.schema.Index::getName));
        for (schemacrawler.schema.Index index : indexes) {
            Index converted = R.createIndex();
            converted.setName(index.getName());
            converted.setUnique(index.isUnique());
            for (IndexColumn c : index.getColumns()) {
                converted.getFields().add(column(c));
            }
            table.getIndexes().add(converted);
            if (conversion.uniqueConstraintIndex(index)
                    && !(table.getPrimaryKey() != null && table.getPrimaryKey().getFields().equals(converted.getFields()))) {
                // all the database keeps of a UNIQUE constraint is the index it made for it
                UniqueConstraint uc = R.createUniqueConstraint();
                uc.setName(index.getName());
                uc.getFields().addAll(converted.getFields());
                table.getUniqueConstraints().add(uc);
            }
        }
    }

    /** The field for a SchemaCrawler column, a stand-in's field when the column's table was not read. */
    private TableField column(Column column) {
        TableField field = columns.get(column);
        if (field == null) {
            for (Column candidate : columns.keySet()) {
                if (candidate.getFullName().equals(column.getFullName())) {
                    return columns.get(candidate);
                }
            }
            TableOrView standIn = tableOrStandIn(column.getParent());
            field = R.createTableField();
            field.setName(column.getName());
            standIn.getFields().add(field);
            columns.put(column, field);
        }
        return field;
    }

    private TableOrView tableOrStandIn(schemacrawler.schema.Table table) {
        TableOrView known = tables.get(table);
        if (known != null) {
            return known;
        }
        schemacrawler.schema.Schema schema = table.getSchema();
        Table standIn = R.createTable();
        standIn.setName(table.getName());
        Snapshots.schema(outside, schema.getCatalogName() == null ? "" : schema.getCatalogName(),
                schema.getName() == null ? schema.getCatalogName() : schema.getName()).getTables().add(standIn);
        tables.put(table, standIn);
        return standIn;
    }

    private static ReferentialAction rule(ForeignKeyUpdateRule rule) {
        if (rule == null) {
            return ReferentialAction.NO_ACTION;
        }
        return switch (rule) {
            case cascade -> ReferentialAction.CASCADE;
            case setNull -> ReferentialAction.SET_NULL;
            case setDefault -> ReferentialAction.SET_DEFAULT;
            case restrict -> ReferentialAction.RESTRICT;
            default -> ReferentialAction.NO_ACTION;
        };
    }
}
