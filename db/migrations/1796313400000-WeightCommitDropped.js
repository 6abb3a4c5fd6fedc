// Hash commits the chain dropped unrevealed (expired, or cleared with their subnet) were open
// forever; the weights domain now compares open commits with WeightCommits storage and closes them.
module.exports = class WeightCommitDropped1796313400000 {
    name = 'WeightCommitDropped1796313400000'

    async up(db) {
        await db.query(`ALTER TABLE "weight_commit" ADD "dropped_at_block" integer`)
    }

    async down(db) {
        await db.query(`ALTER TABLE "weight_commit" DROP COLUMN "dropped_at_block"`)
    }
}
