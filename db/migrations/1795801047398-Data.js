module.exports = class Data1795801047398 {
    name = 'Data1795801047398'

    async up(db) {
        await db.query(`ALTER TABLE "subnet_emission" ADD "excess_tao" numeric`)
        await db.query(`ALTER TABLE "subnet_emission" ADD "pending_alpha_swapped" numeric`)
        await db.query(`ALTER TABLE "subnet_emission" ADD "pending_root_divs" numeric`)
        await db.query(`ALTER TABLE "subnet_emission" ADD "pending_owner_cut" numeric`)
        await db.query(`ALTER TABLE "subnet_emission" ADD "pending_server_emission" numeric`)
        await db.query(`ALTER TABLE "subnet_emission" ADD "pending_validator_emission" numeric`)
        await db.query(`ALTER TABLE "subnet_emission" ADD "pending_root_alpha_divs" numeric`)
        await db.query(`ALTER TABLE "neuron_epoch" ADD "alpha_dividends" numeric`)
        await db.query(`ALTER TABLE "neuron_epoch" ADD "timestamp" TIMESTAMP WITH TIME ZONE`)
    }

    async down(db) {
        await db.query(`ALTER TABLE "subnet_emission" DROP COLUMN "excess_tao"`)
        await db.query(`ALTER TABLE "subnet_emission" DROP COLUMN "pending_alpha_swapped"`)
        await db.query(`ALTER TABLE "subnet_emission" DROP COLUMN "pending_root_divs"`)
        await db.query(`ALTER TABLE "subnet_emission" DROP COLUMN "pending_owner_cut"`)
        await db.query(`ALTER TABLE "subnet_emission" DROP COLUMN "pending_server_emission"`)
        await db.query(`ALTER TABLE "subnet_emission" DROP COLUMN "pending_validator_emission"`)
        await db.query(`ALTER TABLE "subnet_emission" DROP COLUMN "pending_root_alpha_divs"`)
        await db.query(`ALTER TABLE "neuron_epoch" DROP COLUMN "alpha_dividends"`)
        await db.query(`ALTER TABLE "neuron_epoch" DROP COLUMN "timestamp"`)
    }
}
