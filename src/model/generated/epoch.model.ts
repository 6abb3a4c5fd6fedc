import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, Index as Index_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"

/**
 * One epoch (Yuma consensus run) of one subnet, detected exactly: LastMechansimStepBlock(netuid) equals this block.
 */
@Index_(["netuid", "blockNumber"], {unique: false})
@Entity_()
export class Epoch {
    constructor(props?: Partial<Epoch>) {
        Object.assign(this, props)
    }

    /**
     * <netuid>-<height>
     */
    @PrimaryColumn_()
    id!: string

    /**
     * Subnet id
     */
    @IntColumn_({nullable: false})
    netuid!: number

    /**
     * Block of the epoch (LastMechansimStepBlock)
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
     * Number of uids in the vectors
     */
    @IntColumn_({nullable: false})
    uidCount!: number

    /**
     * Sum of Emission(netuid) over uids (rao before dTAO, alpha units after)
     */
    @BigIntColumn_({nullable: false})
    totalEmission!: bigint
}
