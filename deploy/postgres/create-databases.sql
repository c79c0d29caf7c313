-- Run once by the postgres image on an empty volume: one database per service of the member's node.
CREATE DATABASE eligibility;
CREATE DATABASE clearance;
