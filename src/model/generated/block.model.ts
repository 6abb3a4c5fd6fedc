import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, IntColumn as IntColumn_, Index as Index_, StringColumn as StringColumn_, DateTimeColumn as DateTimeColumn_} from "@subsquid/typeorm-store"

/**
 * One indexed block: height, hash, time and runtime. Join any row's blockNumber here for its time; hourly and daily totals bucket blocks by this table's timestamp.
 */
@Entity_()
export class Block {
    constructor(props?: Partial<Block>) {
        Object.assign(this, props)
    }

    /**
     * <height:10>
     */
    @PrimaryColumn_()
    id!: string

    /**
     * Block height
     */
    @Index_({unique: true})
    @IntColumn_({nullable: false})
    height!: number

    /**
     * Block hash (0x hex)
     */
    @Index_({unique: true})
    @StringColumn_({nullable: false})
    hash!: string

    /**
     * Parent block hash
     */
    @StringColumn_({nullable: false})
    parentHash!: string

    /**
     * Block time (Timestamp.set); null for the genesis block
     */
    @Index_()
    @DateTimeColumn_({nullable: true})
    timestamp!: Date | undefined | null

    /**
     * Runtime spec version the block executed with
     */
    @IntColumn_({nullable: false})
    specVersion!: number
}
