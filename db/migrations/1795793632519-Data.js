module.exports = class Data1795793632519 {
    name = 'Data1795793632519'

    async up(db) {
        await db.query(`CREATE TABLE "subnet_emission" ("id" character varying NOT NULL, "block_number" integer NOT NULL, "timestamp" TIMESTAMP WITH TIME ZONE, "netuid" integer NOT NULL, "tao_emission" numeric, "tao_in_emission" numeric, "alpha_in_emission" numeric, "alpha_out_emission" numeric, "pending_emission" numeric, CONSTRAINT "PK_e9efd07ef6c2ae196fad6181651" PRIMARY KEY ("id"))`)
        await db.query(`CREATE INDEX "IDX_86859822ed8a97bb2f69061505" ON "subnet_emission" ("block_number") `)
        await db.query(`CREATE INDEX "IDX_28fb058752a2b79b2fa07b353e" ON "subnet_emission" ("netuid", "block_number") `)
        await db.query(`CREATE TABLE "epoch" ("id" character varying NOT NULL, "netuid" integer NOT NULL, "block_number" integer NOT NULL, "timestamp" TIMESTAMP WITH TIME ZONE, "uid_count" integer NOT NULL, "total_emission" numeric NOT NULL, CONSTRAINT "PK_247e7fe519fa359ba924d04f289" PRIMARY KEY ("id"))`)
        await db.query(`CREATE INDEX "IDX_4c2bcf6e1120fb2ed424ad8616" ON "epoch" ("block_number") `)
        await db.query(`CREATE INDEX "IDX_f523df53801c8730aaae7ffc94" ON "epoch" ("netuid", "block_number") `)
        await db.query(`CREATE TABLE "neuron_epoch" ("id" character varying NOT NULL, "epoch_id" text NOT NULL, "netuid" integer NOT NULL, "block_number" integer NOT NULL, "uid" integer NOT NULL, "hotkey" text, "emission" numeric NOT NULL, "incentive" integer NOT NULL, "dividends" integer NOT NULL, "rank" integer, "trust" integer, "consensus" integer, CONSTRAINT "PK_fe06032912e8719da8f303e84b2" PRIMARY KEY ("id"))`)
        await db.query(`CREATE INDEX "IDX_75fade9049a5b7cf051d064512" ON "neuron_epoch" ("epoch_id") `)
        await db.query(`CREATE INDEX "IDX_c7a765af4d77d39481df2227d1" ON "neuron_epoch" ("hotkey", "block_number") `)
        await db.query(`CREATE INDEX "IDX_82127bdc2f0e34e3e6ecd4e338" ON "neuron_epoch" ("netuid", "uid", "block_number") `)
    }

    async down(db) {
        await db.query(`DROP TABLE "subnet_emission"`)
        await db.query(`DROP INDEX "public"."IDX_86859822ed8a97bb2f69061505"`)
        await db.query(`DROP INDEX "public"."IDX_28fb058752a2b79b2fa07b353e"`)
        await db.query(`DROP TABLE "epoch"`)
        await db.query(`DROP INDEX "public"."IDX_4c2bcf6e1120fb2ed424ad8616"`)
        await db.query(`DROP INDEX "public"."IDX_f523df53801c8730aaae7ffc94"`)
        await db.query(`DROP TABLE "neuron_epoch"`)
        await db.query(`DROP INDEX "public"."IDX_75fade9049a5b7cf051d064512"`)
        await db.query(`DROP INDEX "public"."IDX_c7a765af4d77d39481df2227d1"`)
        await db.query(`DROP INDEX "public"."IDX_82127bdc2f0e34e3e6ecd4e338"`)
    }
}
