import { describe, expect, test } from "vitest";
import { AmountScalar, formatMajor, toMajor, toMinor } from "./money.ts";

describe("money in minor units", () => {
  test.each([[25, 2500], [25.5, 2550], [0.1, 10], [0.29, 29], [1234.56, 123456], [0, 0]])("%s → %s paise exactly", (major, minor) => {
    expect(toMinor(major)).toBe(minor);
    expect(toMajor(minor)).toBe(major);
  });
  test("more than two decimals is refused, not rounded away", () => {
    expect(() => toMinor(1.005)).toThrow(/2 decimals/);
    expect(() => toMinor(Number.NaN)).toThrow();
  });
  test("texts always show two decimals", () => {
    expect(formatMajor(2500)).toBe("25.00");
    expect(formatMajor(5)).toBe("0.05");
  });
  test("the Amount scalar parses numbers and numeric strings and serializes integers only", () => {
    expect(AmountScalar.parseValue(12.5)).toBe(1250);
    expect(AmountScalar.parseValue("12.50")).toBe(1250);
    expect(() => AmountScalar.parseValue("abc")).toThrow();
    expect(AmountScalar.serialize(1250)).toBe(12.5);
    expect(() => AmountScalar.serialize(12.5)).toThrow();
  });
});
