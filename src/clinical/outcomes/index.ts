export * from "./benefit-risk";
export * from "./discharge";
export * from "./response";
