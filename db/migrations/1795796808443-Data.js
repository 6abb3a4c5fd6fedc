module.exports = class Data1795796808443 {
    name = 'Data1795796808443'

    async up(db) {
        await db.query(`DROP INDEX "public"."IDX_90687cdbbf5eaa88835355abb1"`)
        await db.query(`CREATE INDEX "IDX_4af00fa2567fb986ce6d37a770" ON "stake_position_snapshot" ("position_id", "block_number") `)
    }

    async down(db) {
        await db.query(`CREATE INDEX "IDX_90687cdbbf5eaa88835355abb1" ON "stake_position_snapshot" ("position_id") `)
        await db.query(`DROP INDEX "public"."IDX_4af00fa2567fb986ce6d37a770"`)
    }
}
