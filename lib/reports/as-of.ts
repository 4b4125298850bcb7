// Days in reports are calendar days in UTC, the time zone the whole app shows. "As of 2024-03-31"
// means after everything logged on that day: every update created before 2024-04-01T00:00Z.

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

export function isDay(value: string): boolean {
  return dayPattern.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** The UTC day of a moment, as YYYY-MM-DD. */
export function dayOf(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/** The first instant after the day: the exclusive upper bound of "as of the end of this day". */
export function endOfDay(day: string): Date {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

/**
 * The window of "changes since": updates logged after the end of `since` (the date of the previous
 * report) up to the end of `asOf`, so that two consecutive reports and their changes add up.
 */
export function changeWindow(since: string, asOf: string): { from: Date; to: Date } {
  return { from: endOfDay(since), to: endOfDay(asOf) };
}
