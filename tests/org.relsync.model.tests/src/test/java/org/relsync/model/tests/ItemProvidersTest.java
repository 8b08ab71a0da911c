package org.relsync.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relsync.model.common.provider.CommonItemProviderAdapterFactory;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.provider.EntityItemProviderAdapterFactory;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.mapping.provider.MappingItemProviderAdapterFactory;
import org.relsync.model.project.Project;
import org.relsync.model.project.provider.ProjectItemProviderAdapterFactory;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.RelationalFactory;
import org.relsync.model.relational.RelationalPackage;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.provider.RelationalItemProviderAdapterFactory;

/** The edit support that explorers and property sheets are built on: labels, children, properties. */
class ItemProvidersTest {

    private final ComposedAdapterFactory factory = new ComposedAdapterFactory(List.of(
            new ProjectItemProviderAdapterFactory(), new EntityItemProviderAdapterFactory(),
            new RelationalItemProviderAdapterFactory(), new MappingItemProviderAdapterFactory(),
            new CommonItemProviderAdapterFactory(), new ReflectiveItemProviderAdapterFactory()));

    @AfterEach
    void dispose() {
        factory.dispose();
    }

    @Test
    void elementsAreLabelledWithTheirKindAndName() {
        Project project = ProjectFiles.load(Examples.shop());
        Entity customer = project.getEntityModel().getEntities().get(0);
        IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(customer, IItemLabelProvider.class);
        assertEquals("Entity Customer", labels.getText(customer));
        assertNotNull(labels.getImage(customer), "an icon for the explorer");
    }

    @Test
    void aTableShowsItsFieldsAndKeysAsChildren() {
        Project project = ProjectFiles.load(Examples.shop());
        Table order = project.getDatabases().get(0).getCatalogs().get(0).getSchemas().get(0).getTables().get(2);
        ITreeItemContentProvider tree = (ITreeItemContentProvider) factory.adapt(order, ITreeItemContentProvider.class);
        Collection<?> children = tree.getChildren(order);
        assertTrue(children.containsAll(order.getFields()));
        assertTrue(children.contains(order.getPrimaryKey()));
        assertTrue(children.containsAll(order.getForeignKeys()));
    }

    @Test
    void theSyncSourceOfASchemaIsAnEditableProperty() {
        Project project = ProjectFiles.load(Examples.shop());
        var schema = project.getDatabases().get(0).getCatalogs().get(0).getSchemas().get(0);
        IItemPropertySource source = (IItemPropertySource) factory.adapt(schema, IItemPropertySource.class);
        IItemPropertyDescriptor syncSource = source.getPropertyDescriptors(schema).stream()
                .filter(d -> d.getFeature(schema) == RelationalPackage.Literals.SCHEMA__SYNC_SOURCE).findFirst().orElseThrow();
        assertTrue(syncSource.canSetProperty(schema));
        assertEquals("Sync Source", syncSource.getDisplayName(schema));
    }

    @Test
    void aDatabaseUrlIsShownWithoutTheCredentialsItHolds() {
        // a project file may come from anyone: RelSync refuses such a URL before connecting, but must not show it
        Database database = RelationalFactory.eINSTANCE.createDatabase();
        database.setName("shop");
        database.setUrl("jdbc:postgresql://admin:hunter22@db.example/shop?user=app&password=s3cret");
        IItemPropertySource source = (IItemPropertySource) factory.adapt(database, IItemPropertySource.class);
        IItemPropertyDescriptor url = source.getPropertyDescriptors(database).stream()
                .filter(d -> d.getFeature(database) == RelationalPackage.Literals.DATABASE__URL).findFirst().orElseThrow();
        String shown = url.getLabelProvider(database).getText(url.getPropertyValue(database));
        assertEquals("jdbc:postgresql://***@db.example/shop?user=app&password=***", shown);
        assertEquals("jdbc:postgresql://admin:hunter22@db.example/shop?user=app&password=s3cret", database.getUrl(),
                "only the label is redacted");
        IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(database, IItemLabelProvider.class);
        assertEquals("Database shop", labels.getText(database));
    }
}
