// A five-field cron expression in English words, for the task page ("At 02:30 every day"). Common shapes get
// a natural sentence; anything else is spelled out field by field — plainer, never wrong.
// (Validation is not done here: lib/tasks/schedule.ts validates with croner.)

const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAY_NAMES: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const MONTH_NAMES: Record<string, number> = Object.fromEntries(MONTHS.map((m, i) => [m.slice(0, 3).toLowerCase(), i + 1]));
const NICKNAMES: Record<string, string> = {
  "@yearly": "0 0 1 1 *",
  "@annually": "0 0 1 1 *",
  "@monthly": "0 0 1 * *",
  "@weekly": "0 0 * * 0",
  "@daily": "0 0 * * *",
  "@midnight": "0 0 * * *",
  "@hourly": "0 * * * *",
};

const pad = (n: number) => String(n).padStart(2, "0");

/** A field's value with names replaced by numbers ("MON-FRI" → "1-5"); 7 is Sunday in the day-of-week field. */
function normalise(field: string, names: Record<string, number>): string {
  return field.toLowerCase().replace(/[a-z]{3}/g, (name) => String(names[name] ?? name));
}

/** The list of numbers a field stands for when it is a plain list of numbers and ranges ("1-3,5"), else null. */
function numbers(field: string, max: number): number[] | null {
  if (!/^\d+(-\d+)?(,\d+(-\d+)?)*$/.test(field)) return null;
  const out: number[] = [];
  for (const part of field.split(",")) {
    const [from, to = from] = part.split("-").map(Number) as [number, number?];
    if (from > to! || to! > max) return null;
    for (let n = from; n <= to!; n++) out.push(n);
  }
  return out;
}

const list = (items: string[]) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`);

function dayOfWeekWords(field: string): string | null {
  if (field === "1-5") return "Monday through Friday";
  if (field === "0,6" || field === "6,0" || field === "6-7" || field === "6,7") return "on Saturday and Sunday";
  const days = numbers(field, 7);
  if (!days) return null;
  const names = [...new Set(days.map((d) => d % 7))].map((d) => DAYS[d]!);
  if (/^\d+-\d+$/.test(field) && names.length > 2) return `${names[0]} through ${names.at(-1)}`;
  return `on ${list(names)}`;
}

function dayOfMonthWords(field: string): string | null {
  const days = numbers(field, 31);
  if (!days || days.some((d) => d < 1)) return null;
  return /^\d+-\d+$/.test(field) ? `on days ${days[0]}–${days.at(-1)} of the month` : `on day ${list(days.map(String))} of the month`;
}

function monthWords(field: string): string | null {
  const months = numbers(field, 12);
  if (!months || months.some((m) => m < 1)) return null;
  return `in ${list(months.map((m) => MONTHS[m - 1]!))}`;
}

/** "every day", "Monday through Friday", "on day 1 of the month in January", … */
function dayWords(dom: string, month: string, dow: string): string | null {
  const parts: string[] = [];
  if (dom === "*" && dow === "*") parts.push("every day");
  else if (dom !== "*" && dow !== "*") {
    // Cron's rule: with both restricted, a day matches when either does.
    const d = dayOfMonthWords(dom);
    const w = dayOfWeekWords(dow);
    if (!d || !w) return null;
    parts.push(`${d} or ${w.startsWith("on ") ? w : `on ${w}`}`);
  } else {
    const words = dom !== "*" ? dayOfMonthWords(dom) : dayOfWeekWords(dow);
    if (!words) return null;
    parts.push(words);
  }
  if (month !== "*") {
    const m = monthWords(month);
    if (!m) return null;
    if (parts[0] === "every day") parts[0] = "every day";
    parts.push(m);
  }
  return parts.join(" ");
}

function timeWords(minute: string, hour: string): string | null {
  if (minute === "*" && hour === "*") return "Every minute";
  const minuteStep = /^\*\/(\d+)$/.exec(minute);
  if (minuteStep && hour === "*") return `Every ${minuteStep[1]} minutes`;
  const minutes = numbers(minute, 59);
  if (minutes && minutes.length === 1 && hour === "*") return minutes[0] === 0 ? "Every hour, on the hour" : `Every hour at ${minutes[0]} minutes past`;
  const hourStep = /^\*\/(\d+)$/.exec(hour);
  if (minutes && minutes.length === 1 && hourStep) return minutes[0] === 0 ? `Every ${hourStep[1]} hours, on the hour` : `Every ${hourStep[1]} hours at ${minutes[0]} minutes past`;
  const hours = numbers(hour, 23);
  if (minutes && hours && minutes.length * hours.length <= 6) {
    const times = hours.flatMap((h) => minutes.map((m) => `${pad(h)}:${pad(m)}`));
    return `At ${list(times)}`;
  }
  return null;
}

function fieldByField(fields: string[]): string {
  const names = ["minute", "hour", "day of month", "month", "day of week"];
  const parts = fields.map((f, i) => (f === "*" ? null : `${names[i]} ${f}`)).filter(Boolean);
  return parts.length ? `Cron: ${parts.join("; ")}` : "Every minute";
}

export function describeCron(expression: string): string {
  const raw = expression.trim();
  const cron = NICKNAMES[raw.toLowerCase()] ?? raw;
  const fields = cron.split(/\s+/);
  if (fields.length !== 5) return `Cron ${raw}`;
  const [minute, hour, dom, month, dowRaw] = fields as [string, string, string, string, string];
  const dow = normalise(dowRaw, DAY_NAMES);
  const monthField = normalise(month, MONTH_NAMES);
  const time = timeWords(minute, hour);
  const days = dayWords(dom, monthField, dow === "0-6" || dow === "0-7" || dow === "1-7" ? "*" : dow);
  if (!time || !days) return fieldByField([minute, hour, dom, monthField, dow]);
  // Sub-daily schedules ("Every 5 minutes") only mention days when they are restricted.
  if (days === "every day") return time.startsWith("At ") ? `${time} every day` : time;
  const separator = days.startsWith("on ") || days.startsWith("in ") || days.startsWith("every ") ? " " : ", ";
  return `${time}${separator}${days}`;
}
