import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, Index as Index_, IntColumn as IntColumn_, StringColumn as StringColumn_} from "@subsquid/typeorm-store"

/**
 * The latest weight vector of every (subnet, mechanism, validator uid): the chain's Weights storage as of the last indexed block.
 */
@Index_(["netuid", "mechanism", "uid"], {unique: true})
@Entity_()
export class CurrentWeight {
    constructor(props?: Partial<CurrentWeight>) {
        Object.assign(this, props)
    }

    /**
     * <netuid>-<mechanism>-<uid>
     */
    @PrimaryColumn_()
    id!: string

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
     * uid on the subnet
     */
    @IntColumn_({nullable: false})
    uid!: number

    /**
     * Hotkey holding the uid when the vector was set (ss58)
     */
    @StringColumn_({nullable: true})
    hotkey!: string | undefined | null

    /**
     * Block of the WeightSet that set it
     */
    @IntColumn_({nullable: false})
    blockNumber!: number

    /**
     * id of that WeightSet row
     */
    @StringColumn_({nullable: false})
    weightSetId!: string

    /**
     * Destination uids of the vector, as Weights storage holds it now
     */
    @IntColumn_({array: true, nullable: false})
    uids!: (number)[]

    /**
     * Weights (u16, normalised by the chain) for those uids, in the same order
     */
    @IntColumn_({array: true, nullable: false})
    weights!: (number)[]
}
