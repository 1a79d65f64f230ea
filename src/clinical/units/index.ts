export * from "./convert";
export { displayUnit, type FormatOptions, formatDelta, formatQuantity, ucumCode } from "./format";
export * from "./quantity";
