module.exports = class Data1796225543089 {
    name = 'Data1796225543089'

    async up(db) {
        // (generated; the DROP of IDX_neuron_epoch_timestamp, an index added by hand in an earlier
        // migration and not in schema.graphql, removed.) Rows already indexed all came from
        // WeightsCommitted: HASH fills them, then the column has no default, as the model says.
        await db.query(`ALTER TABLE "weight_commit" ADD "kind" character varying(10) NOT NULL DEFAULT 'HASH'`)
        await db.query(`ALTER TABLE "weight_commit" ALTER COLUMN "kind" DROP DEFAULT`)
        await db.query(`ALTER TABLE "weight_commit" ADD "reveal_round" numeric`)
    }

    async down(db) {
        await db.query(`ALTER TABLE "weight_commit" DROP COLUMN "kind"`)
        await db.query(`ALTER TABLE "weight_commit" DROP COLUMN "reveal_round"`)
    }
}
