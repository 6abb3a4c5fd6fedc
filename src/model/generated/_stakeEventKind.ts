export enum StakeEventKind {
    ADD = "ADD",
    REMOVE = "REMOVE",
}
