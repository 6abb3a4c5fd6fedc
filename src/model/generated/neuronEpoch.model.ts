import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, Index as Index_, StringColumn as StringColumn_, IntColumn as IntColumn_, BigIntColumn as BigIntColumn_, DateTimeColumn as DateTimeColumn_} from "@subsquid/typeorm-store"

/**
 * One uid's results in one epoch, from the subnet's storage vectors at the epoch block.
 */
@Index_(["netuid", "uid", "blockNumber"], {unique: false})
@Index_(["hotkey", "blockNumber"], {unique: false})
@Entity_()
export class NeuronEpoch {
    constructor(props?: Partial<NeuronEpoch>) {
        Object.assign(this, props)
    }

    /**
     * <netuid>-<height>-<uid>
     */
    @PrimaryColumn_()
    id!: string

    /**
     * id of the Epoch
     */
    @Index_()
    @StringColumn_({nullable: false})
    epochId!: string

    /**
     * Subnet id
     */
    @IntColumn_({nullable: false})
    netuid!: number

    /**
     * Block of the epoch
     */
    @IntColumn_({nullable: false})
    blockNumber!: number

    /**
     * uid on the subnet
     */
    @IntColumn_({nullable: false})
    uid!: number

    /**
     * Hotkey holding the uid at that block (ss58)
     */
    @StringColumn_({nullable: true})
    hotkey!: string | undefined | null

    /**
     * Emission(netuid)[uid]: rao before dTAO, alpha units after
     */
    @BigIntColumn_({nullable: false})
    emission!: bigint

    /**
     * Incentive(netuid)[uid], u16 (65535 = 1.0)
     */
    @IntColumn_({nullable: false})
    incentive!: number

    /**
     * Dividends(netuid)[uid], u16
     */
    @IntColumn_({nullable: false})
    dividends!: number

    /**
     * Rank(netuid)[uid], u16, where stored
     */
    @IntColumn_({nullable: true})
    rank!: number | undefined | null

    /**
     * Trust(netuid)[uid], u16, where stored
     */
    @IntColumn_({nullable: true})
    trust!: number | undefined | null

    /**
     * Consensus(netuid)[uid], u16, where stored
     */
    @IntColumn_({nullable: true})
    consensus!: number | undefined | null

    /**
     * AlphaDividendsPerSubnet(netuid, hotkey) at the epoch block: alpha dividends the hotkey earned in the epoch (dTAO runtimes that keep it)
     */
    @BigIntColumn_({nullable: true})
    alphaDividends!: bigint | undefined | null

    /**
     * Block time of the epoch
     */
    @DateTimeColumn_({nullable: true})
    timestamp!: Date | undefined | null
}
