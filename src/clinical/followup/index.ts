export * from "./analytics";
export * from "./boosters";
export * from "./checkins";
export * from "./continuation";
export * from "./home-care";
export * from "./long-term";
export * from "./pro-items";
export * from "./triage";
