import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, Index as Index_, IntColumn as IntColumn_, StringColumn as StringColumn_, DateTimeColumn as DateTimeColumn_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"
import {StakeEventKind} from "./_stakeEventKind"

/**
 * One stake movement emitted by the chain: one row per SubtensorModule stake event (including alpha fees and lease dividends, which move stake without StakeAdded/StakeRemoved).
 */
@Index_(["coldkey", "blockNumber"], {unique: false})
@Index_(["hotkey", "blockNumber"], {unique: false})
@Index_(["netuid", "blockNumber"], {unique: false})
@Entity_()
export class StakeEvent {
    constructor(props?: Partial<StakeEvent>) {
        Object.assign(this, props)
    }

    /**
     * Block height (10 digits, zero padded), '-', event index in the block (6 digits): sorts in chain order
     */
    @PrimaryColumn_()
    id!: string

    /**
     * Height of the block that emitted the event
     */
    @Index_()
    @IntColumn_({nullable: false})
    blockNumber!: number

    /**
     * Hash of that block
     */
    @StringColumn_({nullable: false})
    blockHash!: string

    /**
     * Block time (Timestamp.set of the block)
     */
    @Index_()
    @DateTimeColumn_({nullable: false})
    timestamp!: Date

    /**
     * Hash of the extrinsic that caused the event; null for events emitted outside an extrinsic
     */
    @Index_()
    @StringColumn_({nullable: true})
    extrinsicHash!: string | undefined | null

    /**
     * Index of that extrinsic in the block
     */
    @IntColumn_({nullable: true})
    extrinsicIndex!: number | undefined | null

    /**
     * Index of the event in the block's System.Events
     */
    @IntColumn_({nullable: false})
    eventIndex!: number

    /**
     * Runtime spec version that emitted the event
     */
    @IntColumn_({nullable: false})
    specVersion!: number

    /**
     * What happened; sum ADD and REMOVE rows for flows (MOVE/TRANSFER/SWAP rows annotate pairs already counted there)
     */
    @Index_()
    @Column_("varchar", {length: 8, nullable: false})
    kind!: StakeEventKind

    /**
     * Owner of the stake (ss58). Runtimes before dTAO do not put it in the event: it is the account on whose behalf the extrinsic ran (the signer, or the real account of a proxy / sudo_as call)
     */
    @StringColumn_({nullable: false})
    coldkey!: string

    /**
     * Hotkey the stake is on (ss58)
     */
    @StringColumn_({nullable: false})
    hotkey!: string

    /**
     * Subnet of the stake. Before dTAO all stake counts as netuid 0, as the chain's own dTAO migration did
     */
    @IntColumn_({nullable: false})
    netuid!: number

    /**
     * TAO moved, in rao (null where the event has no TAO amount: RECYCLE, BURN, LEASE, and MOVE before spec 224); FEE: the TAO the sold alpha fetched
     */
    @BigIntColumn_({nullable: true})
    taoAmount!: bigint | undefined | null

    /**
     * Alpha moved, in alpha units. Before dTAO: equal to taoAmount (netuid 0 is valued 1:1 in TAO). Null for MOVE/TRANSFER/SWAP
     */
    @BigIntColumn_({nullable: true})
    alphaAmount!: bigint | undefined | null

    /**
     * Fee charged in rao, where the runtime reports it (from the runtimes that added a fee field); else null
     */
    @BigIntColumn_({nullable: true})
    fee!: bigint | undefined | null

    /**
     * MOVE/TRANSFER/SWAP/LEASE: the destination coldkey (TRANSFER; LEASE: the contributor or beneficiary paid) or the same coldkey
     */
    @StringColumn_({nullable: true})
    destColdkey!: string | undefined | null

    /**
     * MOVE: the destination hotkey; TRANSFER/SWAP/LEASE: the same hotkey
     */
    @StringColumn_({nullable: true})
    destHotkey!: string | undefined | null

    /**
     * MOVE/TRANSFER/SWAP/LEASE: the destination subnet
     */
    @IntColumn_({nullable: true})
    destNetuid!: number | undefined | null

    /**
     * ADD/REMOVE rows that are one half of a MOVE/TRANSFER/SWAP: the id of that row
     */
    @Index_()
    @StringColumn_({nullable: true})
    groupId!: string | undefined | null
}
