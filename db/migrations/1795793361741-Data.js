module.exports = class Data1795793361741 {
    name = 'Data1795793361741'

    async up(db) {
        await db.query(`CREATE TABLE "weight_set" ("id" character varying NOT NULL, "block_number" integer NOT NULL, "timestamp" TIMESTAMP WITH TIME ZONE, "extrinsic_hash" text, "event_index" integer, "netuid" integer NOT NULL, "mechanism" integer NOT NULL, "uid" integer NOT NULL, "hotkey" text, "version_key" numeric, "source" character varying(10) NOT NULL, "uids" integer array NOT NULL, "weights" integer array NOT NULL, CONSTRAINT "PK_2062db30423aa7e7d51df98e0ad" PRIMARY KEY ("id"))`)
        await db.query(`CREATE INDEX "IDX_2cb54244bd8be636c914896775" ON "weight_set" ("block_number") `)
        await db.query(`CREATE INDEX "IDX_5111b856791a1df31ecca9baed" ON "weight_set" ("hotkey", "block_number") `)
        await db.query(`CREATE INDEX "IDX_7565218d5cf3377e8ecd5e1d05" ON "weight_set" ("netuid", "uid", "block_number") `)
        await db.query(`CREATE TABLE "current_weight" ("id" character varying NOT NULL, "netuid" integer NOT NULL, "mechanism" integer NOT NULL, "uid" integer NOT NULL, "hotkey" text, "block_number" integer NOT NULL, "weight_set_id" text NOT NULL, "uids" integer array NOT NULL, "weights" integer array NOT NULL, CONSTRAINT "PK_885ed24cc8a1810708e45995ea0" PRIMARY KEY ("id"))`)
        await db.query(`CREATE UNIQUE INDEX "IDX_9debafb2c83c89bcddefea4f1c" ON "current_weight" ("netuid", "mechanism", "uid") `)
        await db.query(`CREATE TABLE "weight_commit" ("id" character varying NOT NULL, "block_number" integer NOT NULL, "timestamp" TIMESTAMP WITH TIME ZONE, "extrinsic_hash" text, "netuid" integer NOT NULL, "mechanism" integer NOT NULL, "hotkey" text NOT NULL, "commit_hash" text NOT NULL, "revealed_at_block" integer, CONSTRAINT "PK_02c2c3205bf154ba9709b196553" PRIMARY KEY ("id"))`)
        await db.query(`CREATE INDEX "IDX_8ed662e6490f7c76cacf857de7" ON "weight_commit" ("block_number") `)
        await db.query(`CREATE INDEX "IDX_4ac3d674661f0a0df31073a8ec" ON "weight_commit" ("commit_hash") `)
        await db.query(`CREATE INDEX "IDX_a1358fe6e5179ab8c6b17a24d4" ON "weight_commit" ("netuid", "hotkey", "block_number") `)
    }

    async down(db) {
        await db.query(`DROP TABLE "weight_set"`)
        await db.query(`DROP INDEX "public"."IDX_2cb54244bd8be636c914896775"`)
        await db.query(`DROP INDEX "public"."IDX_5111b856791a1df31ecca9baed"`)
        await db.query(`DROP INDEX "public"."IDX_7565218d5cf3377e8ecd5e1d05"`)
        await db.query(`DROP TABLE "current_weight"`)
        await db.query(`DROP INDEX "public"."IDX_9debafb2c83c89bcddefea4f1c"`)
        await db.query(`DROP TABLE "weight_commit"`)
        await db.query(`DROP INDEX "public"."IDX_8ed662e6490f7c76cacf857de7"`)
        await db.query(`DROP INDEX "public"."IDX_4ac3d674661f0a0df31073a8ec"`)
        await db.query(`DROP INDEX "public"."IDX_a1358fe6e5179ab8c6b17a24d4"`)
    }
}
