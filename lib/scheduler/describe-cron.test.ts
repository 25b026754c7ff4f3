import { describe, expect, it } from "vitest";
import { describeCron } from "./describe-cron";

describe("describeCron", () => {
  it.each([
    ["* * * * *", "Every minute"],
    ["*/5 * * * *", "Every 5 minutes"],
    ["0 * * * *", "Every hour, on the hour"],
    ["15 * * * *", "Every hour at 15 minutes past"],
    ["0 */2 * * *", "Every 2 hours, on the hour"],
    ["30 2 * * *", "At 02:30 every day"],
    ["0 9,17 * * *", "At 09:00 and 17:00 every day"],
    ["0 9 * * 1-5", "At 09:00, Monday through Friday"],
    ["0 9 * * MON-FRI", "At 09:00, Monday through Friday"],
    ["0 12 * * 0", "At 12:00 on Sunday"],
    ["0 12 * * 7", "At 12:00 on Sunday"],
    ["0 10 * * 1,3", "At 10:00 on Monday and Wednesday"],
    ["0 0 1 * *", "At 00:00 on day 1 of the month"],
    ["0 8 1 1 *", "At 08:00 on day 1 of the month in January"],
    ["0 8 1 JAN *", "At 08:00 on day 1 of the month in January"],
    ["0 6 * 6 *", "At 06:00 every day in June"],
    ["0 7 1 * 1", "At 07:00 on day 1 of the month or on Monday"],
    ["*/15 * * * 1-5", "Every 15 minutes, Monday through Friday"],
    ["@daily", "At 00:00 every day"],
    ["@hourly", "Every hour, on the hour"],
    ["@weekly", "At 00:00 on Sunday"],
    ["@monthly", "At 00:00 on day 1 of the month"],
    ["@yearly", "At 00:00 on day 1 of the month in January"],
    ["5,10 1-3 * * *", "At 01:05, 01:10, 02:05, 02:10, 03:05 and 03:10 every day"],
    ["5,10 1-5 * * *", "Cron: minute 5,10; hour 1-5"],
    ["0 9-17/2 * * *", "Cron: minute 0; hour 9-17/2"],
    ["not a cron", "Cron not a cron"],
  ])("%s → %s", (cron, words) => {
    expect(describeCron(cron)).toBe(words);
  });
});
