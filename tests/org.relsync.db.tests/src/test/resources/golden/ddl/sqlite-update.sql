-- RelSync update script for database 'shop' (sqlite)
-- computed against the live database
-- 13 statements, 3 can lose data (marked DESTRUCTIVE)

DROP VIEW BigOrders;

CREATE TABLE Shipper (
    Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    Name VARCHAR(80) NOT NULL
);

-- DESTRUCTIVE: sets NOT NULL on Customer.Email, which holds 3 nulls; drops column Customer.Fax and its values
CREATE TABLE relsync_new_Customer (
    Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    FullName VARCHAR(100) NOT NULL,
    Email VARCHAR(200) NOT NULL,
    CreatedAt DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT UC_Customer_Email UNIQUE (Email)
);

INSERT INTO relsync_new_Customer (Id, FullName, Email, CreatedAt)
    SELECT Id, Name, Email, CreatedAt FROM Client;

DROP TABLE Client;

ALTER TABLE relsync_new_Customer RENAME TO Customer;

-- DESTRUCTIVE: narrows Order.Total from NUMERIC(14,2) to NUMERIC(12,2); longer values are refused or cut
CREATE TABLE relsync_new_Order (
    Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    CustomerId BIGINT NOT NULL,
    Total NUMERIC(12,2) NOT NULL,
    ShipperId BIGINT,
    CONSTRAINT FK_Order_Customer FOREIGN KEY (CustomerId) REFERENCES Customer (Id) ON DELETE CASCADE,
    CONSTRAINT FK_Order_Shipper FOREIGN KEY (ShipperId) REFERENCES Shipper (Id)
);

INSERT INTO relsync_new_Order (Id, CustomerId, Total)
    SELECT Id, CustomerId, Total FROM "Order";

DROP TABLE "Order";

ALTER TABLE relsync_new_Order RENAME TO "Order";

-- DESTRUCTIVE: drops table main.Legacy and every row in it
DROP TABLE Legacy;

CREATE INDEX IX_Order_Total ON "Order" (Total);

CREATE VIEW BigOrders AS
SELECT Id, Total FROM Orders WHERE Total > 1000;
