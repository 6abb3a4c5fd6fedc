module.exports = class Data1795792802510 {
    name = 'Data1795792802510'

    async up(db) {
        await db.query(`CREATE TABLE "subnet" ("id" character varying NOT NULL, "netuid" integer NOT NULL, "registered_at_block" integer NOT NULL, "registered_at" TIMESTAMP WITH TIME ZONE, "mechanism" integer, "owner" text, "removed_at_block" integer, "removed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_27239a6d70e746b9ac33497a47f" PRIMARY KEY ("id"))`)
        await db.query(`CREATE INDEX "IDX_1bb3e1198848fb119b369178f8" ON "subnet" ("owner") `)
        await db.query(`CREATE INDEX "IDX_10a8b89fc1d7ed7a04c6ed3d67" ON "subnet" ("netuid", "registered_at_block") `)
        await db.query(`CREATE TABLE "neuron" ("id" character varying NOT NULL, "netuid" integer NOT NULL, "uid" integer NOT NULL, "hotkey" text NOT NULL, "coldkey" text, "method" character varying(7) NOT NULL, "registered_at_block" integer NOT NULL, "registered_at" TIMESTAMP WITH TIME ZONE, "deregistered_at_block" integer, "deregistered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6ff12824199ac4879e16e1987df" PRIMARY KEY ("id"))`)
        await db.query(`CREATE INDEX "IDX_16ce33c5a0fce8436f75bd7e36" ON "neuron" ("coldkey") `)
        await db.query(`CREATE INDEX "IDX_c797113a85cbdb197159d2c491" ON "neuron" ("deregistered_at_block") `)
        await db.query(`CREATE INDEX "IDX_1d3f613a9de2bfa1fec26910dd" ON "neuron" ("hotkey", "registered_at_block") `)
        await db.query(`CREATE INDEX "IDX_9a65181523bf50c402f92b9664" ON "neuron" ("netuid", "uid", "registered_at_block") `)
        await db.query(`CREATE TABLE "registration" ("id" character varying NOT NULL, "block_number" integer NOT NULL, "timestamp" TIMESTAMP WITH TIME ZONE NOT NULL, "extrinsic_hash" text, "event_index" integer NOT NULL, "netuid" integer NOT NULL, "uid" integer NOT NULL, "hotkey" text NOT NULL, "coldkey" text, "method" character varying(7) NOT NULL, "replaced_hotkey" text, CONSTRAINT "PK_cb23dc9d28df8801b15e9e2b8d6" PRIMARY KEY ("id"))`)
        await db.query(`CREATE INDEX "IDX_975a8ddd649449337eb7691753" ON "registration" ("block_number") `)
        await db.query(`CREATE INDEX "IDX_8dfee5416e39ff6bcc01102c1d" ON "registration" ("hotkey") `)
        await db.query(`CREATE INDEX "IDX_b4af1508c3ec9cfac634ce9b13" ON "registration" ("netuid", "block_number") `)
    }

    async down(db) {
        await db.query(`DROP TABLE "subnet"`)
        await db.query(`DROP INDEX "public"."IDX_1bb3e1198848fb119b369178f8"`)
        await db.query(`DROP INDEX "public"."IDX_10a8b89fc1d7ed7a04c6ed3d67"`)
        await db.query(`DROP TABLE "neuron"`)
        await db.query(`DROP INDEX "public"."IDX_16ce33c5a0fce8436f75bd7e36"`)
        await db.query(`DROP INDEX "public"."IDX_c797113a85cbdb197159d2c491"`)
        await db.query(`DROP INDEX "public"."IDX_1d3f613a9de2bfa1fec26910dd"`)
        await db.query(`DROP INDEX "public"."IDX_9a65181523bf50c402f92b9664"`)
        await db.query(`DROP TABLE "registration"`)
        await db.query(`DROP INDEX "public"."IDX_975a8ddd649449337eb7691753"`)
        await db.query(`DROP INDEX "public"."IDX_8dfee5416e39ff6bcc01102c1d"`)
        await db.query(`DROP INDEX "public"."IDX_b4af1508c3ec9cfac634ce9b13"`)
    }
}
