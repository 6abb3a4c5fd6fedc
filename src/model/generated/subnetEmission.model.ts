import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, Index as Index_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"

/**
 * A subnet's per-block emission as the chain stores it. A row is written at a block where any value differs from the subnet's previous row, so a value holds from its block until the next row (quiet subnets cost nothing).
 */
@Index_(["netuid", "blockNumber"], {unique: false})
@Entity_()
export class SubnetEmission {
    constructor(props?: Partial<SubnetEmission>) {
        Object.assign(this, props)
    }

    /**
     * <height:10>-<netuid>
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
     * Subnet id
     */
    @IntColumn_({nullable: false})
    netuid!: number

    /**
     * EmissionValues(netuid): TAO (rao) per block allotted to the subnet, on runtimes that keep it (before and early in dTAO)
     */
    @BigIntColumn_({nullable: true})
    taoEmission!: bigint | undefined | null

    /**
     * SubnetTaoInEmission(netuid): TAO (rao) injected into the subnet pool this block (dTAO runtimes that have it)
     */
    @BigIntColumn_({nullable: true})
    taoInEmission!: bigint | undefined | null

    /**
     * SubnetAlphaInEmission(netuid): alpha injected into the pool this block
     */
    @BigIntColumn_({nullable: true})
    alphaInEmission!: bigint | undefined | null

    /**
     * SubnetAlphaOutEmission(netuid): alpha emitted to participants this block
     */
    @BigIntColumn_({nullable: true})
    alphaOutEmission!: bigint | undefined | null

    /**
     * PendingEmission(netuid): emission accumulated for the next epoch, as of this block
     */
    @BigIntColumn_({nullable: true})
    pendingEmission!: bigint | undefined | null

    /**
     * SubnetExcessTao(netuid): TAO (rao) not injected into the pool this block (runtimes from 411)
     */
    @BigIntColumn_({nullable: true})
    excessTao!: bigint | undefined | null

    /**
     * PendingAlphaSwapped(netuid): alpha accumulated for the root network's share until the epoch (dTAO runtimes up to 342)
     */
    @BigIntColumn_({nullable: true})
    pendingAlphaSwapped!: bigint | undefined | null

    /**
     * PendingRootDivs(netuid): TAO accumulated as root dividends until the epoch (dTAO runtimes up to 342)
     */
    @BigIntColumn_({nullable: true})
    pendingRootDivs!: bigint | undefined | null

    /**
     * PendingOwnerCut(netuid): alpha accumulated for the subnet owner until the epoch (dTAO runtimes that have it)
     */
    @BigIntColumn_({nullable: true})
    pendingOwnerCut!: bigint | undefined | null

    /**
     * PendingServerEmission(netuid): alpha accumulated for miners until the epoch (from 343)
     */
    @BigIntColumn_({nullable: true})
    pendingServerEmission!: bigint | undefined | null

    /**
     * PendingValidatorEmission(netuid): alpha accumulated for validators until the epoch (from 343)
     */
    @BigIntColumn_({nullable: true})
    pendingValidatorEmission!: bigint | undefined | null

    /**
     * PendingRootAlphaDivs(netuid): alpha accumulated as root dividends until the epoch (from 343)
     */
    @BigIntColumn_({nullable: true})
    pendingRootAlphaDivs!: bigint | undefined | null
}
