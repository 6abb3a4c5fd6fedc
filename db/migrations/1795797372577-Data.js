module.exports = class Data1795797372577 {
    name = 'Data1795797372577'

    async up(db) {
        await db.query(`ALTER TABLE "subnet" ADD "lock_cost" numeric`)
    }

    async down(db) {
        await db.query(`ALTER TABLE "subnet" DROP COLUMN "lock_cost"`)
    }
}
