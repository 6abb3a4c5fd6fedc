import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, Index as Index_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, StringColumn as StringColumn_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"

/**
 * A subnet, from the block it was added to the block it was removed. A netuid can be reused after removal: each life of a netuid is its own row.
 */
@Index_(["netuid", "registeredAtBlock"], {unique: false})
@Entity_()
export class Subnet {
    constructor(props?: Partial<Subnet>) {
        Object.assign(this, props)
    }

    /**
     * <netuid>-<block it was added>
     */
    @PrimaryColumn_()
    id!: string

    /**
     * Subnet id
     */
    @IntColumn_({nullable: false})
    netuid!: number

    /**
     * Block of SubtensorModule.NetworkAdded (0 for subnets in the genesis state)
     */
    @IntColumn_({nullable: false})
    registeredAtBlock!: number

    /**
     * Time of that block (null for the genesis block, which has no time)
     */
    @DateTimeColumn_({nullable: true})
    registeredAt!: Date | undefined | null

    /**
     * Mechanism id from NetworkAdded
     */
    @IntColumn_({nullable: true})
    mechanism!: number | undefined | null

    /**
     * Owner coldkey (ss58) from SubnetOwner storage at registration, where the runtime has it
     */
    @Index_()
    @StringColumn_({nullable: true})
    owner!: string | undefined | null

    /**
     * TAO (rao) locked to register the subnet: SubnetLocked(netuid) at registration, where the runtime has it
     */
    @BigIntColumn_({nullable: true})
    lockCost!: bigint | undefined | null

    /**
     * Block of SubtensorModule.NetworkRemoved; null while the subnet exists
     */
    @IntColumn_({nullable: true})
    removedAtBlock!: number | undefined | null

    /**
     * Time of that block
     */
    @DateTimeColumn_({nullable: true})
    removedAt!: Date | undefined | null
}
