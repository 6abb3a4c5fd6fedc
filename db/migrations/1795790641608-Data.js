module.exports = class Data1795790641608 {
    name = 'Data1795790641608'

    async up(db) {
        await db.query(`CREATE TABLE "stake_event" ("id" character varying NOT NULL, "block_number" integer NOT NULL, "block_hash" text NOT NULL, "timestamp" TIMESTAMP WITH TIME ZONE NOT NULL, "extrinsic_hash" text, "extrinsic_index" integer, "event_index" integer NOT NULL, "spec_version" integer NOT NULL, "kind" character varying(6) NOT NULL, "coldkey" text NOT NULL, "hotkey" text NOT NULL, "netuid" integer NOT NULL, "tao_amount" numeric NOT NULL, "alpha_amount" numeric NOT NULL, "fee" numeric, CONSTRAINT "PK_991cc0713b262d0c22242590628" PRIMARY KEY ("id"))`)
        await db.query(`CREATE INDEX "IDX_23d52003f040ec6429abb218da" ON "stake_event" ("block_number") `)
        await db.query(`CREATE INDEX "IDX_fddca90f3c4adf6cdacd2d2f2e" ON "stake_event" ("timestamp") `)
        await db.query(`CREATE INDEX "IDX_2c7edf5a0ef669ce37d93e4da6" ON "stake_event" ("extrinsic_hash") `)
        await db.query(`CREATE INDEX "IDX_ab3b185a77920e76e711a60294" ON "stake_event" ("netuid", "block_number") `)
        await db.query(`CREATE INDEX "IDX_d6049fa7f5b028c818a0eb1b8c" ON "stake_event" ("hotkey", "block_number") `)
        await db.query(`CREATE INDEX "IDX_978577f707c0a3a352d37f2100" ON "stake_event" ("coldkey", "block_number") `)
    }

    async down(db) {
        await db.query(`DROP TABLE "stake_event"`)
        await db.query(`DROP INDEX "public"."IDX_23d52003f040ec6429abb218da"`)
        await db.query(`DROP INDEX "public"."IDX_fddca90f3c4adf6cdacd2d2f2e"`)
        await db.query(`DROP INDEX "public"."IDX_2c7edf5a0ef669ce37d93e4da6"`)
        await db.query(`DROP INDEX "public"."IDX_ab3b185a77920e76e711a60294"`)
        await db.query(`DROP INDEX "public"."IDX_d6049fa7f5b028c818a0eb1b8c"`)
        await db.query(`DROP INDEX "public"."IDX_978577f707c0a3a352d37f2100"`)
    }
}
