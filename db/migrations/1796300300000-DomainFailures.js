// A domain whose storage has a shape the indexer does not know no longer stops the processor: the
// handler records it here (one row per domain and spec version) and the other domains go on.
module.exports = class DomainFailures1796300300000 {
    name = 'DomainFailures1796300300000'

    async up(db) {
        await db.query(`CREATE TABLE "domain_failure" ("id" character varying NOT NULL, "domain" text NOT NULL, "spec_version" integer NOT NULL, "first_block" integer NOT NULL, "last_block" integer NOT NULL, "reason" text NOT NULL, CONSTRAINT "PK_domain_failure" PRIMARY KEY ("id"))`)
        await db.query(`CREATE INDEX "IDX_domain_failure_domain" ON "domain_failure" ("domain")`)
        await db.query(`CREATE INDEX "IDX_domain_failure_first_block" ON "domain_failure" ("first_block")`)
    }

    async down(db) {
        await db.query(`DROP TABLE "domain_failure"`)
    }
}
