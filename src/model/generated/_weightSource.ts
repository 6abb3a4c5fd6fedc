export enum WeightSource {
    SET = "SET",
    BATCH = "BATCH",
    MECHANISM = "MECHANISM",
    REVEAL = "REVEAL",
    TIMELOCKED = "TIMELOCKED",
    STORAGE = "STORAGE",
    OTHER = "OTHER",
}
