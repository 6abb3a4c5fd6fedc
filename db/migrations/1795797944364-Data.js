module.exports = class Data1795797944364 {
    name = 'Data1795797944364'

    async up(db) {
        await db.query(`CREATE TABLE "unprocessed_event" ("id" character varying NOT NULL, "block_number" integer NOT NULL, "name" text NOT NULL, "spec_version" integer NOT NULL, "reason" text NOT NULL, "args" text, CONSTRAINT "PK_8cda936f0f3cdd4a31599073d05" PRIMARY KEY ("id"))`)
        await db.query(`CREATE INDEX "IDX_fc673d07d7a396cb95829c46d4" ON "unprocessed_event" ("block_number") `)
        await db.query(`CREATE INDEX "IDX_8e9fbf5909f19e8f0256c7f113" ON "unprocessed_event" ("name") `)
    }

    async down(db) {
        await db.query(`DROP TABLE "unprocessed_event"`)
        await db.query(`DROP INDEX "public"."IDX_fc673d07d7a396cb95829c46d4"`)
        await db.query(`DROP INDEX "public"."IDX_8e9fbf5909f19e8f0256c7f113"`)
    }
}
