export enum StakeEventKind {
    ADD = "ADD",
    REMOVE = "REMOVE",
    MOVE = "MOVE",
    TRANSFER = "TRANSFER",
    SWAP = "SWAP",
    RECYCLE = "RECYCLE",
    BURN = "BURN",
    FEE = "FEE",
    LEASE = "LEASE",
}
