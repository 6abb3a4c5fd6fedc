module.exports = class Data1795800763263 {
    name = 'Data1795800763263'

    async up(db) {
        await db.query(`CREATE TABLE "block" ("id" character varying NOT NULL, "height" integer NOT NULL, "hash" text NOT NULL, "parent_hash" text NOT NULL, "timestamp" TIMESTAMP WITH TIME ZONE, "spec_version" integer NOT NULL, CONSTRAINT "PK_d0925763efb591c2e2ffb267572" PRIMARY KEY ("id"))`)
        await db.query(`CREATE UNIQUE INDEX "IDX_bce676e2b005104ccb768495db" ON "block" ("height") `)
        await db.query(`CREATE UNIQUE INDEX "IDX_f8fba63d7965bfee9f304c487a" ON "block" ("hash") `)
        await db.query(`CREATE INDEX "IDX_5c67cbcf4960c1a39e5fe25e87" ON "block" ("timestamp") `)
        await db.query(`CREATE TABLE "subnet_pool" ("id" character varying NOT NULL, "block_number" integer NOT NULL, "timestamp" TIMESTAMP WITH TIME ZONE, "netuid" integer NOT NULL, "tao_reserve" numeric NOT NULL, "alpha_reserve" numeric NOT NULL, "alpha_outstanding" numeric NOT NULL, CONSTRAINT "PK_a6c7f0a9018a590f1be68659f52" PRIMARY KEY ("id"))`)
        await db.query(`CREATE INDEX "IDX_dc7b4f1770560f8a622c97d230" ON "subnet_pool" ("block_number") `)
        await db.query(`CREATE INDEX "IDX_745249a6d9aa67d2c9bdadd6f4" ON "subnet_pool" ("timestamp") `)
        await db.query(`CREATE INDEX "IDX_e08378097423e8c46c1b2267d2" ON "subnet_pool" ("netuid", "block_number") `)
    }

    async down(db) {
        await db.query(`DROP TABLE "block"`)
        await db.query(`DROP INDEX "public"."IDX_bce676e2b005104ccb768495db"`)
        await db.query(`DROP INDEX "public"."IDX_f8fba63d7965bfee9f304c487a"`)
        await db.query(`DROP INDEX "public"."IDX_5c67cbcf4960c1a39e5fe25e87"`)
        await db.query(`DROP TABLE "subnet_pool"`)
        await db.query(`DROP INDEX "public"."IDX_dc7b4f1770560f8a622c97d230"`)
        await db.query(`DROP INDEX "public"."IDX_745249a6d9aa67d2c9bdadd6f4"`)
        await db.query(`DROP INDEX "public"."IDX_e08378097423e8c46c1b2267d2"`)
    }
}
