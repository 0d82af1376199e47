import { describe, expect, test } from "vitest";
import { loadConfig } from "../../../src/kernel/config.ts";
import { createLogger } from "../../../src/kernel/logger.ts";
import { boot } from "../../../src/boot.ts";
import { printConfig } from "../../../src/modules/print/config.ts";
import { printModule } from "../../../src/modules/print/module.ts";

const BASE = { JWT_SECRET: "p".repeat(40), DATABASE_URL: "postgres://nobody:nothing@127.0.0.1:1/never" };
const REAL = { RAZORPAY_KEY_ID: "rzp_live_abc", RAZORPAY_KEY_SECRET: "live-key-secret", RAZORPAY_WEBHOOK_SECRET: "live-webhook-secret" };

describe("print gateway secrets in production", () => {
  test("missing RAZORPAY_* secrets are refused when NODE_ENV=production, each named", () => {
    const config = loadConfig({ NODE_ENV: "production", ...BASE });
    expect(() => printConfig(config)).toThrow(/RAZORPAY_WEBHOOK_SECRET/);
    expect(() => printConfig(config)).toThrow(/RAZORPAY_KEY_SECRET/);
    expect(() => printConfig(config)).toThrow(/RAZORPAY_KEY_ID/);
  });

  test("the public development values (or blanks) are refused in production too", () => {
    const devValues = loadConfig({ NODE_ENV: "production", ...BASE, ...REAL, RAZORPAY_WEBHOOK_SECRET: "local-webhook-secret" });
    expect(() => printConfig(devValues)).toThrow(/RAZORPAY_WEBHOOK_SECRET is required in production/);
    const blank = loadConfig({ NODE_ENV: "production", ...BASE, ...REAL, RAZORPAY_KEY_SECRET: "  " });
    expect(() => printConfig(blank)).toThrow(/RAZORPAY_KEY_SECRET is required in production/);
  });

  test("production with real secrets parses; other environments keep the development defaults", () => {
    expect(printConfig(loadConfig({ NODE_ENV: "production", ...BASE, ...REAL })).RAZORPAY_WEBHOOK_SECRET).toBe("live-webhook-secret");
    for (const NODE_ENV of ["development", "test", undefined]) {
      const cfg = printConfig(loadConfig({ ...(NODE_ENV ? { NODE_ENV } : {}), ...BASE }));
      expect(cfg.RAZORPAY_WEBHOOK_SECRET).toBe("local-webhook-secret");
      expect(cfg.RAZORPAY_KEY_SECRET).toBe("local-secret");
      expect(cfg.RAZORPAY_KEY_ID).toBe("rzp_test_local");
    }
  });

  test("the server fails at start, before touching the database, when print's production secrets are missing", async () => {
    const config = loadConfig({ NODE_ENV: "production", ...BASE });
    expect(() => printModule.checkConfig!(config)).toThrow(/RAZORPAY_WEBHOOK_SECRET/);
    // DATABASE_URL points nowhere: the rejection is the configuration's, not a connection error
    await expect(boot(config, createLogger("silent"))).rejects.toThrow(/RAZORPAY_WEBHOOK_SECRET is required in production/);
  });
});
