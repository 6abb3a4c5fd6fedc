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

    @IntColumn_({nullable: false})
    netuid!: number

    @IntColumn_({nullable: false})
    mechanism!: number

    @IntColumn_({nullable: false})
    uid!: number

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

    @IntColumn_({array: true, nullable: false})
    uids!: (number)[]

    @IntColumn_({array: true, nullable: false})
    weights!: (number)[]
}
