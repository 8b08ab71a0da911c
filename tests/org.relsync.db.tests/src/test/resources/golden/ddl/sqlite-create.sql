-- RelSync create script for database 'shop' (sqlite)
-- 7 statements, none can lose data

CREATE TABLE Customer (
    Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    FullName VARCHAR(100) NOT NULL,
    Email VARCHAR(200) NOT NULL,
    CreatedAt DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT UC_Customer_Email UNIQUE (Email)
);

CREATE TABLE Shipper (
    Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    Name VARCHAR(80) NOT NULL
);

CREATE TABLE "Order" (
    Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    CustomerId BIGINT NOT NULL,
    Total NUMERIC(12,2) NOT NULL,
    ShipperId BIGINT,
    CONSTRAINT FK_Order_Customer FOREIGN KEY (CustomerId) REFERENCES Customer (Id) ON DELETE CASCADE,
    CONSTRAINT FK_Order_Shipper FOREIGN KEY (ShipperId) REFERENCES Shipper (Id)
);

CREATE TABLE Employee (
    Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    DepartmentId BIGINT,
    ManagerId BIGINT,
    CONSTRAINT FK_Employee_Department FOREIGN KEY (DepartmentId) REFERENCES Department (Id),
    CONSTRAINT FK_Employee_Manager FOREIGN KEY (ManagerId) REFERENCES Employee (Id)
);

CREATE TABLE Department (
    Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    HeadId BIGINT,
    CONSTRAINT FK_Department_Employee FOREIGN KEY (HeadId) REFERENCES Employee (Id) ON DELETE SET NULL
);

CREATE INDEX IX_Order_Total ON "Order" (Total);

CREATE VIEW BigOrders AS
SELECT Id, Total FROM Orders WHERE Total > 1000;
