import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, Index as Index_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, StringColumn as StringColumn_} from "@subsquid/typeorm-store"

/**
 * A commit of hidden weights (commit-reveal), linked to its reveal when it comes.
 */
@Index_(["netuid", "hotkey", "blockNumber"], {unique: false})
@Entity_()
export class WeightCommit {
    constructor(props?: Partial<WeightCommit>) {
        Object.assign(this, props)
    }

    /**
     * <height:10>-<event index:6>
     */
    @PrimaryColumn_()
    id!: string

    /**
     * Block height
     */
    @Index_()
    @IntColumn_({nullable: false})
    blockNumber!: number

    /**
     * Block time
     */
    @DateTimeColumn_({nullable: true})
    timestamp!: Date | undefined | null

    /**
     * Hash of the extrinsic that emitted the event; null outside an extrinsic
     */
    @StringColumn_({nullable: true})
    extrinsicHash!: string | undefined | null

    /**
     * Subnet id
     */
    @IntColumn_({nullable: false})
    netuid!: number

    /**
     * Mechanism of the subnet (0 before spec 320, where storage is keyed by mechanism * 4096 + netuid)
     */
    @IntColumn_({nullable: false})
    mechanism!: number

    /**
     * Committing hotkey (ss58)
     */
    @StringColumn_({nullable: false})
    hotkey!: string

    /**
     * The committed hash
     */
    @Index_()
    @StringColumn_({nullable: false})
    commitHash!: string

    /**
     * Block of the WeightsRevealed that opened it; null while unrevealed
     */
    @IntColumn_({nullable: true})
    revealedAtBlock!: number | undefined | null
}
