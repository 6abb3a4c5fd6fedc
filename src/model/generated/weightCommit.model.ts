import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, Index as Index_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, StringColumn as StringColumn_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"
import {WeightCommitKind} from "./_weightCommitKind"

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
     * The committed hash (CRV3 / TIMELOCKED: the chain's BlakeTwo256 of the ciphertext)
     */
    @Index_()
    @StringColumn_({nullable: false})
    commitHash!: string

    /**
     * Block of the reveal event that opened it; null while unrevealed (a timelocked commit the chain failed to decrypt stays null)
     */
    @IntColumn_({nullable: true})
    revealedAtBlock!: number | undefined | null

    /**
     * HASH commits: the block at whose end the chain no longer held it unrevealed (WeightCommits storage): dropped as expired when the hotkey next committed or revealed, or cleared with its subnet; null while held or revealed
     */
    @IntColumn_({nullable: true})
    droppedAtBlock!: number | undefined | null

    /**
     * How the weights are hidden (rows indexed before this column existed are HASH: they came from WeightsCommitted)
     */
    @Column_("varchar", {length: 10, nullable: false})
    kind!: WeightCommitKind

    /**
     * TIMELOCKED: the drand round whose signature decrypts the commit; null otherwise
     */
    @BigIntColumn_({nullable: true})
    revealRound!: bigint | undefined | null
}
