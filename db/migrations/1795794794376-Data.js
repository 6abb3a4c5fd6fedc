module.exports = class Data1795794794376 {
    name = 'Data1795794794376'

    async up(db) {
        await db.query(`ALTER TABLE "stake_event" ADD "dest_coldkey" text`)
        await db.query(`ALTER TABLE "stake_event" ADD "dest_hotkey" text`)
        await db.query(`ALTER TABLE "stake_event" ADD "dest_netuid" integer`)
        await db.query(`ALTER TABLE "stake_event" ADD "group_id" text`)
        // widened in place (the generator's DROP + ADD would lose the existing rows' kinds)
        await db.query(`ALTER TABLE "stake_event" ALTER COLUMN "kind" TYPE character varying(8)`)
        await db.query(`ALTER TABLE "stake_event" ALTER COLUMN "tao_amount" DROP NOT NULL`)
        await db.query(`ALTER TABLE "stake_event" ALTER COLUMN "alpha_amount" DROP NOT NULL`)
        await db.query(`CREATE INDEX "IDX_67caec0932af3c61bd6ca0c041" ON "stake_event" ("kind") `)
        await db.query(`CREATE INDEX "IDX_36350c4995c93436715b66b3a9" ON "stake_event" ("group_id") `)
    }

    async down(db) {
        await db.query(`ALTER TABLE "stake_event" DROP COLUMN "dest_coldkey"`)
        await db.query(`ALTER TABLE "stake_event" DROP COLUMN "dest_hotkey"`)
        await db.query(`ALTER TABLE "stake_event" DROP COLUMN "dest_netuid"`)
        await db.query(`ALTER TABLE "stake_event" DROP COLUMN "group_id"`)
        await db.query(`ALTER TABLE "stake_event" ALTER COLUMN "kind" TYPE character varying(6)`)
        await db.query(`ALTER TABLE "stake_event" ALTER COLUMN "tao_amount" SET NOT NULL`)
        await db.query(`ALTER TABLE "stake_event" ALTER COLUMN "alpha_amount" SET NOT NULL`)
        await db.query(`DROP INDEX "public"."IDX_67caec0932af3c61bd6ca0c041"`)
        await db.query(`DROP INDEX "public"."IDX_36350c4995c93436715b66b3a9"`)
    }
}
