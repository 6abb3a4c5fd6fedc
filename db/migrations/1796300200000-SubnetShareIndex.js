// Positions of one subnet as of a block (the top earners of a subnet's epoch, docs/sql.md query 12)
// without reading every subnet's share changes.
module.exports = class SubnetShareIndex1796300200000 {
    name = 'SubnetShareIndex1796300200000'

    async up(db) {
        await db.query(`CREATE INDEX "IDX_stake_share_change_netuid_block" ON "stake_share_change" ("netuid", "block_number")`)
    }

    async down(db) {
        await db.query(`DROP INDEX "IDX_stake_share_change_netuid_block"`)
    }
}
