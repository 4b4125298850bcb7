import type { SourceRecurrence } from "./source-schema";

const stepMonths = { annual: 12, biennial: 24, semiannual: 6 } as const;

/**
 * The occurrences a recurring commitment should have had up to `today`, each due by the end of its
 * period: annual "2021" by 2021-12-31, semiannual "2021-H1" by 2021-06-30, biennial every 2 years.
 * The current, not yet ended period is included so it can be marked held early.
 */
export function expectedPeriods(recurrence: Pick<SourceRecurrence, "frequency" | "firstPeriod">, today: Date) {
  const [yearText, half] = recurrence.firstPeriod.split("-H");
  let startMonth = (Number(yearText) * 12) + (half === "2" ? 6 : 0);
  const step = stepMonths[recurrence.frequency];
  const todayMonth = today.getUTCFullYear() * 12 + today.getUTCMonth();
  const periods: { period: string; expectedBy: Date }[] = [];
  while (startMonth <= todayMonth && periods.length < 200) {
    const year = Math.floor(startMonth / 12);
    const month = startMonth % 12;
    const period = recurrence.frequency === "semiannual" ? `${year}-H${month < 6 ? 1 : 2}` : String(year);
    const endMonth = startMonth + step; // first month after the period
    const expectedBy = new Date(Date.UTC(Math.floor(endMonth / 12), endMonth % 12, 0));
    periods.push({ period, expectedBy });
    startMonth += step;
  }
  return periods;
}
