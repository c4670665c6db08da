--liquibase formatted sql

--changeset meshperf:probe-1
CREATE TABLE probe (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

--changeset meshperf:probe-2
ALTER TABLE probe ADD COLUMN weight INTEGER NOT NULL DEFAULT 1;
