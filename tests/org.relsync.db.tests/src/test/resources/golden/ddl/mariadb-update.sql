-- RelSync update script for database 'shop' (mariadb)
-- computed against the live database
-- 17 statements, 4 can lose data (marked DESTRUCTIVE)

DROP VIEW BigOrders;

ALTER TABLE `Order` DROP FOREIGN KEY FK_Order_Customer;

ALTER TABLE Client DROP INDEX UC_Client_Email;

RENAME TABLE Client TO Customer;

ALTER TABLE Customer RENAME COLUMN Name TO FullName;

ALTER SEQUENCE InvoiceNumbers INCREMENT BY 10;

CREATE TABLE Shipper (
    Id BIGINT NOT NULL AUTO_INCREMENT,
    Name VARCHAR(80) NOT NULL,
    CONSTRAINT PK_Shipper PRIMARY KEY (Id)
);

ALTER TABLE `Order` ADD COLUMN ShipperId BIGINT NULL;

ALTER TABLE Customer MODIFY COLUMN FullName VARCHAR(100) NOT NULL;

-- DESTRUCTIVE: sets NOT NULL on Customer.Email, which holds 3 nulls
ALTER TABLE Customer MODIFY COLUMN Email VARCHAR(200) NOT NULL;

-- DESTRUCTIVE: narrows Order.Total from DECIMAL(14,2) to DECIMAL(12,2); longer values are refused or cut
ALTER TABLE `Order` MODIFY COLUMN Total DECIMAL(12,2) NOT NULL;

ALTER TABLE Customer ADD CONSTRAINT UC_Customer_Email UNIQUE (Email);

-- DESTRUCTIVE: drops column Customer.Fax and its values
ALTER TABLE Customer DROP COLUMN Fax;

-- DESTRUCTIVE: drops table shop.Legacy and every row in it
DROP TABLE Legacy;

ALTER TABLE `Order` ADD CONSTRAINT FK_Order_Customer FOREIGN KEY (CustomerId) REFERENCES Customer (Id) ON DELETE CASCADE;

ALTER TABLE `Order` ADD CONSTRAINT FK_Order_Shipper FOREIGN KEY (ShipperId) REFERENCES Shipper (Id);

CREATE VIEW BigOrders AS
SELECT Id, Total FROM Orders WHERE Total > 1000;
