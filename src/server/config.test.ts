import { describe, expect, it } from "vitest";
import { configureChair, DEFAULT_CHAIR_CONFIG } from "../clinical/chair/config";
import { loadConfig } from "./config";

describe("loadConfig", () => {
  it("uses the documented defaults", () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: "127.0.0.1",
      databaseUrl: null,
      dataDir: "./data",
      demo: true,
      sessionIdleMinutes: 30,
      logLevel: "info",
      trustProxy: false,
      loginAttemptsPerIp: 20,
      chairConfig: DEFAULT_CHAIR_CONFIG,
    });
  });

  it("reads every variable", () => {
    const config = loadConfig({
      PORT: "8080",
      HOST: "0.0.0.0",
      DATABASE_URL: "postgresql://kg@db/kg",
      DATA_DIR: "/var/lib/ketaguard",
      KETAGUARD_DEMO: "0",
      SESSION_IDLE_MINUTES: "10",
      LOG_LEVEL: "warn",
      TRUST_PROXY: "1",
      LOGIN_ATTEMPTS_PER_IP: "50",
      KETAGUARD_CHAIR_SETTINGS: '{"chair":{"chair.timing.feed-stale":60}}',
    });
    expect(config).toEqual({
      port: 8080,
      host: "0.0.0.0",
      databaseUrl: "postgresql://kg@db/kg",
      dataDir: "/var/lib/ketaguard",
      demo: false,
      sessionIdleMinutes: 10,
      logLevel: "warn",
      trustProxy: true,
      loginAttemptsPerIp: 50,
      chairConfig: configureChair({ chair: { "chair.timing.feed-stale": 60 } }),
    });
    expect(config.chairConfig.chair["chair.timing.feed-stale"]).toBe(60);
  });

  it.each([
    [{ PORT: "70000" }, /PORT must be a whole number from 0 to 65535/],
    [{ SESSION_IDLE_MINUTES: "0" }, /SESSION_IDLE_MINUTES/],
    [{ KETAGUARD_DEMO: "maybe" }, /KETAGUARD_DEMO must be 1 or 0/],
    [{ LOG_LEVEL: "loud" }, /LOG_LEVEL must be one of/],
    [{ DATABASE_URL: "mysql://db" }, /DATABASE_URL must start with postgres/],
    [{ KETAGUARD_CHAIR_SETTINGS: "{" }, /KETAGUARD_CHAIR_SETTINGS is not usable/],
    [{ KETAGUARD_CHAIR_SETTINGS: '{"chair":{"chair.nope":1}}' }, /Unknown chair setting "chair.nope"/],
  ])("names the bad variable in %o", (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
