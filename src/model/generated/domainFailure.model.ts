import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, IntColumn as IntColumn_} from "@subsquid/typeorm-store"

/**
 * A domain whose storage the indexer could not read in a runtime (a storage shape it does not know): that domain's rows are missing, stale or partly null from firstBlock on, while every other domain went on. One row per domain and runtime spec version. A release that reads the shape repairs it: rewind to firstBlock - 1 (npm run rewind) and let it re-index.
 */
@Entity_()
export class DomainFailure {
    constructor(props?: Partial<DomainFailure>) {
        Object.assign(this, props)
    }

    /**
     * <domain>-<spec version>
     */
    @PrimaryColumn_()
    id!: string

    /**
     * stakes (shares and pools: the domain skipped the block) or emissions (the items named in reason were left null)
     */
    @Index_()
    @StringColumn_({nullable: false})
    domain!: string

    /**
     * Runtime spec version of the blocks
     */
    @IntColumn_({nullable: false})
    specVersion!: number

    /**
     * First block the domain could not read
     */
    @Index_()
    @IntColumn_({nullable: false})
    firstBlock!: number

    /**
     * Last block the domain could not read (so far)
     */
    @IntColumn_({nullable: false})
    lastBlock!: number

    /**
     * What could not be read
     */
    @StringColumn_({nullable: false})
    reason!: string
}
