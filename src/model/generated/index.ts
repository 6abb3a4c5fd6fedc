export * from "./stakeEvent.model"
export * from "./_stakeEventKind"
