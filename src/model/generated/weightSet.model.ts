import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, Index as Index_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, StringColumn as StringColumn_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"
import {WeightSource} from "./_weightSource"

/**
 * One weight vector as the chain stored it: one row per vector (never per edge). Values are the chain's own u16 weights after its normalisation, read from Weights storage at that block.
 */
@Index_(["netuid", "uid", "blockNumber"], {unique: false})
@Index_(["hotkey", "blockNumber"], {unique: false})
@Entity_()
export class WeightSet {
    constructor(props?: Partial<WeightSet>) {
        Object.assign(this, props)
    }

    /**
     * <height:10>-<event index:6> of WeightsSet; <height:10>-storage-<netuid>-<mechanism>-<uid> for STORAGE rows
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
     * Hash of the extrinsic, where one set the weights
     */
    @StringColumn_({nullable: true})
    extrinsicHash!: string | undefined | null

    /**
     * Index of the WeightsSet event in the block; null for STORAGE rows
     */
    @IntColumn_({nullable: true})
    eventIndex!: number | undefined | null

    /**
     * Subnet id (storage index split: index = mechanism * 4096 + netuid)
     */
    @IntColumn_({nullable: false})
    netuid!: number

    /**
     * Mechanism id within the subnet (0 before mechanisms existed)
     */
    @IntColumn_({nullable: false})
    mechanism!: number

    /**
     * Validator uid
     */
    @IntColumn_({nullable: false})
    uid!: number

    /**
     * Validator hotkey (ss58): the signer, or Keys(netuid, uid) where no extrinsic signed
     */
    @StringColumn_({nullable: true})
    hotkey!: string | undefined | null

    /**
     * version_key of the extrinsic, where it has one
     */
    @BigIntColumn_({nullable: true})
    versionKey!: bigint | undefined | null

    /**
     * How the vector reached the chain (the call that set it, a reveal, or a change seen in storage)
     */
    @Column_("varchar", {length: 10, nullable: false})
    source!: WeightSource

    /**
     * Destination uids, ascending as stored
     */
    @IntColumn_({array: true, nullable: false})
    uids!: (number)[]

    /**
     * u16 weights, aligned with uids
     */
    @IntColumn_({array: true, nullable: false})
    weights!: (number)[]
}
