import { describe, expect, it } from "vitest";
import { countIsoWeeks, isoWeekLabel, isoWeeksOf } from "./iso-weeks";

describe("ISO weeks of a date range", () => {
  it("covers every Monday-to-Sunday week that intersects the range, even partly", () => {
    // Wednesday 2026-11-04 to Tuesday 2026-11-17: three weeks, the first and last only partly in the range.
    expect(isoWeeksOf("2026-11-04", "2026-11-17")).toEqual([
      { start: "2026-11-02", end: "2026-11-08", label: "2026-W45" },
      { start: "2026-11-09", end: "2026-11-15", label: "2026-W46" },
      { start: "2026-11-16", end: "2026-11-22", label: "2026-W47" },
    ]);
  });

  it("gives one week for a single day, a Sunday included", () => {
    expect(isoWeeksOf("2026-11-29", "2026-11-29")).toEqual([{ start: "2026-11-23", end: "2026-11-29", label: "2026-W48" }]);
  });

  it("names weeks by the year of their Thursday across a year boundary", () => {
    expect(isoWeekLabel("2024-12-30")).toBe("2025-W01");
    expect(isoWeekLabel("2026-12-28")).toBe("2026-W53");
    expect(isoWeekLabel("2027-01-04")).toBe("2027-W01");
  });

  it("counts no week for a range that ends before it starts, and 53 for ISO year 2026", () => {
    expect(countIsoWeeks("2026-11-10", "2026-11-01")).toBe(0);
    expect(isoWeeksOf("2026-11-10", "2026-11-01")).toEqual([]);
    expect(countIsoWeeks("2025-12-29", "2027-01-03")).toBe(53);
  });

  it("is not shifted by daylight-saving changes (weeks stay 7 days apart)", () => {
    const weeks = isoWeeksOf("2026-03-01", "2026-04-05");
    expect(weeks.map((w) => w.start)).toEqual(["2026-02-23", "2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23", "2026-03-30"]);
  });
});
