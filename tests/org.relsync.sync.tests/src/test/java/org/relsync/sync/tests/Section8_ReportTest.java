package org.relsync.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relsync.sync.tests.Fixture.field;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.ModelType;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.SyncSource;
import org.relsync.sync.report.ChangeReport;
import org.relsync.sync.report.ReportWriter;
import org.relsync.testing.Golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** SYNC-SPEC section 8: the change report, as text and as JSON, compared with golden files. */
class Section8_ReportTest extends Scenario {

    private ChangeReport shopRun() {
        Database db = fixture.database("main", "ansi");
        Schema app = Fixture.schema(db, "APP", SyncSource.MODEL);
        Fixture.schema(db, "LEGACY", SyncSource.DATABASE);
        Fixture.table(app, "Obsolete", "Id INTEGER NOT NULL");
        Fixture.table(db.getCatalogs().get(0).getSchemas().get(1), "OLD_ORDERS", "ID INTEGER NOT NULL");
        Entity customer = fixture.entity("Customer");
        field(customer, "Id", ModelType.INT32, "id", "identity");
        field(customer, "Name", ModelType.STRING, "len=100");
        Entity order = fixture.entity("Order");
        field(order, "Id", ModelType.INT64, "id", "identity");
        fixture.manyToOne("OrderCustomer", order, customer, field(order, "CustomerId", ModelType.INT32));
        return sync();
    }

    @Test
    void theTextReportListsChangesPerSchemaWarningsAndASummary() throws IOException {
        Golden.assertMatches(getClass(), "report.txt", ReportWriter.text(shopRun()));
    }

    @Test
    void theJsonReportCarriesTheSameContent() throws IOException {
        ChangeReport report = shopRun();
        String json = ReportWriter.json(report);
        Golden.assertMatches(getClass(), "report.json", json);

        JsonNode tree = new ObjectMapper().readTree(json);
        assertEquals(report.changes().size(),
                tree.get("scopes").findValues("changes").stream().mapToInt(JsonNode::size).sum());
        assertEquals(report.problems().size(), tree.get("problems").size());
        assertEquals(report.counts().get(org.relsync.sync.report.ChangeKind.CREATED).intValue(),
                tree.get("counts").get("created").asInt());
    }

    @Test
    void aRunWithoutChangesSaysSo() {
        ChangeReport first = shopRun();
        assertTrue(first.hasChanges());
        String second = ReportWriter.text(engine().run(project(), org.relsync.sync.SyncOptions.defaults()).report());
        assertTrue(second.contains("No change;"), second);
    }
}
