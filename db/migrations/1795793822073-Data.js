module.exports = class Data1795793822073 {
    name = 'Data1795793822073'

    async up(db) {
        await db.query(`CREATE TABLE "stake_position" ("id" character varying NOT NULL, "coldkey" text NOT NULL, "hotkey" text NOT NULL, "netuid" integer NOT NULL, "alpha" numeric NOT NULL, "shares" numeric, "hotkey_alpha" numeric, "hotkey_shares" numeric, "updated_at_block" integer NOT NULL, CONSTRAINT "PK_17615803509bd6065f1ab8b0ced" PRIMARY KEY ("id"))`)
        await db.query(`CREATE INDEX "IDX_1e80aa8d96535de22567458a26" ON "stake_position" ("coldkey") `)
        await db.query(`CREATE INDEX "IDX_1401c2e80bdc6a151f350b417c" ON "stake_position" ("updated_at_block") `)
        await db.query(`CREATE INDEX "IDX_b85afafb05c5c9947b3ee277e0" ON "stake_position" ("netuid", "alpha") `)
        await db.query(`CREATE INDEX "IDX_5d48d6796b1c8e6ef5deef15fc" ON "stake_position" ("hotkey", "netuid") `)
        await db.query(`CREATE TABLE "stake_position_snapshot" ("id" character varying NOT NULL, "position_id" text NOT NULL, "block_number" integer NOT NULL, "timestamp" TIMESTAMP WITH TIME ZONE, "coldkey" text NOT NULL, "hotkey" text NOT NULL, "netuid" integer NOT NULL, "alpha" numeric NOT NULL, "shares" numeric, "hotkey_alpha" numeric, "hotkey_shares" numeric, CONSTRAINT "PK_cdabef53a6a49b4ec3a53ca58b6" PRIMARY KEY ("id"))`)
        await db.query(`CREATE INDEX "IDX_90687cdbbf5eaa88835355abb1" ON "stake_position_snapshot" ("position_id") `)
        await db.query(`CREATE INDEX "IDX_46244c280898540f452538d2a8" ON "stake_position_snapshot" ("block_number") `)
        await db.query(`CREATE INDEX "IDX_0e87ed99845a5bf0713871d9d0" ON "stake_position_snapshot" ("hotkey", "netuid", "block_number") `)
        await db.query(`CREATE INDEX "IDX_5e0b4805fe06e400cfd5fae3d7" ON "stake_position_snapshot" ("coldkey", "block_number") `)
    }

    async down(db) {
        await db.query(`DROP TABLE "stake_position"`)
        await db.query(`DROP INDEX "public"."IDX_1e80aa8d96535de22567458a26"`)
        await db.query(`DROP INDEX "public"."IDX_1401c2e80bdc6a151f350b417c"`)
        await db.query(`DROP INDEX "public"."IDX_b85afafb05c5c9947b3ee277e0"`)
        await db.query(`DROP INDEX "public"."IDX_5d48d6796b1c8e6ef5deef15fc"`)
        await db.query(`DROP TABLE "stake_position_snapshot"`)
        await db.query(`DROP INDEX "public"."IDX_90687cdbbf5eaa88835355abb1"`)
        await db.query(`DROP INDEX "public"."IDX_46244c280898540f452538d2a8"`)
        await db.query(`DROP INDEX "public"."IDX_0e87ed99845a5bf0713871d9d0"`)
        await db.query(`DROP INDEX "public"."IDX_5e0b4805fe06e400cfd5fae3d7"`)
    }
}
