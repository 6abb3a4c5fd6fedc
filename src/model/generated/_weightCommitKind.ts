export enum WeightCommitKind {
    HASH = "HASH",
    CRV3 = "CRV3",
    TIMELOCKED = "TIMELOCKED",
}
