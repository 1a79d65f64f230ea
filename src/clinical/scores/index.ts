export * from "./definitions";
export { bandFor, itemProblems, score, totalRange } from "./score";
export type * from "./types";
