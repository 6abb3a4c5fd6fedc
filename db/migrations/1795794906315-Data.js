module.exports = class Data1795794906315 {
    name = 'Data1795794906315'

    async up(db) {
        await db.query(`CREATE TABLE "subnet_param_change" ("id" character varying NOT NULL, "block_number" integer NOT NULL, "timestamp" TIMESTAMP WITH TIME ZONE, "extrinsic_hash" text, "netuid" integer, "param" text NOT NULL, "value" text NOT NULL, CONSTRAINT "PK_52ced715e3a3d248e22379b233f" PRIMARY KEY ("id"))`)
        await db.query(`CREATE INDEX "IDX_3753071c817cea496f95f3a62e" ON "subnet_param_change" ("block_number") `)
        await db.query(`CREATE INDEX "IDX_a5869828c2451a9847a9c391b8" ON "subnet_param_change" ("netuid", "param", "block_number") `)
        await db.query(`ALTER TABLE "neuron" ADD "burn" numeric`)
        await db.query(`ALTER TABLE "registration" ADD "burn" numeric`)
    }

    async down(db) {
        await db.query(`DROP TABLE "subnet_param_change"`)
        await db.query(`DROP INDEX "public"."IDX_3753071c817cea496f95f3a62e"`)
        await db.query(`DROP INDEX "public"."IDX_a5869828c2451a9847a9c391b8"`)
        await db.query(`ALTER TABLE "neuron" DROP COLUMN "burn"`)
        await db.query(`ALTER TABLE "registration" DROP COLUMN "burn"`)
    }
}
