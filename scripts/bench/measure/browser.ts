import type { Browser, Page } from "@playwright/test";
import { appBase, type Session } from "../lib/app";
import { summarize, type Summary } from "../lib/stats";

// The table page in Chromium: Largest Contentful Paint and Cumulative Layout Shift from
// PerformanceObserver, and the time from a filter change to its new rows painted (the table's
// transition ends and the rows differ, then the next animation frame has run).

export type BrowserResult = {
  lcpCold: number; lcp: Summary; clsLoad: number; clsAfterFilters: number; rows: number;
  filterToPaint: Summary; firstFilterToPaint: number; filterRequest: Summary;
};

const observe = () => {
  const w = window as unknown as { __lcp: number; __cls: number };
  w.__lcp = 0;
  w.__cls = 0;
  new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.__lcp = e.startTime))).observe({ type: "largest-contentful-paint", buffered: true });
  new PerformanceObserver((list) =>
    list.getEntries().forEach((e) => {
      const shift = e as PerformanceEntry & { value: number; hadRecentInput: boolean };
      if (!shift.hadRecentInput) w.__cls += shift.value;
    }),
  ).observe({ type: "layout-shift", buffered: true });
};

async function load(page: Page, path: string): Promise<number> {
  await page.goto(path, { waitUntil: "networkidle" });
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as { __lcp: number }).__lcp);
}

/** Ticks or unticks one option of the Area filter and resolves when the new rows have been painted. */
function toggleArea(page: Page, option: number): Promise<{ total: number; request: number }> {
  return page.evaluate(
    (index) =>
      new Promise<{ total: number; request: number }>((resolve, reject) => {
        const table = document.querySelector("table")!;
        const fieldset = [...document.querySelectorAll("fieldset")].find((f) => f.querySelector("legend")?.textContent === "Area")!;
        const box = fieldset.querySelectorAll<HTMLInputElement>("input[type=checkbox]")[index];
        const before = table.tBodies[0].innerHTML;
        const start = performance.now();
        const timer = setTimeout(() => reject(new Error("no new rows within 30 s")), 30_000);
        const observer = new MutationObserver(() => {
          if (table.getAttribute("aria-busy") === "true" || table.tBodies[0].innerHTML === before) return;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() =>
            setTimeout(() => {
              const total = performance.now() - start;
              // The RSC request of this navigation: how much of the wait was the server's.
              const fetches = performance.getEntriesByType("resource").filter((e) => e.name.includes("_rsc=") && e.startTime >= start) as PerformanceResourceTiming[];
              resolve({ total, request: fetches.length ? Math.max(...fetches.map((e) => e.responseEnd)) - start : NaN });
            }, 0),
          );
        });
        observer.observe(table, { subtree: true, childList: true, attributes: true, characterData: true });
        box.click();
      }),
    option,
  );
}

export async function measureBrowser(browser: Browser, session: Session, loads = 5, baseURL = appBase): Promise<BrowserResult> {
  const context = await browser.newContext({ baseURL, storageState: session.storageState, locale: "en-GB", viewport: { width: 1280, height: 800 } });
  await context.addInitScript(observe);
  try {
    const page = await context.newPage();
    const lcpCold = await load(page, "/commitments?size=50");
    const lcps: number[] = [];
    for (let i = 0; i < loads; i++) lcps.push(await load(page, "/commitments?size=50"));
    const rows = await page.locator("table tbody tr").count();
    const clsLoad = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
    const changes: { total: number; request: number }[] = [];
    // Tick one area, untick it, tick the next...: every change shows other rows.
    for (const option of [0, 0, 1, 1, 2, 2, 3, 3]) changes.push(await toggleArea(page, option));
    const clsAfterFilters = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
    // The first change also loads the route's client code for navigation: reported apart.
    return { lcpCold, lcp: summarize(lcps), clsLoad, clsAfterFilters, rows,
      filterToPaint: summarize(changes.slice(1).map((c) => c.total)), firstFilterToPaint: changes[0].total, filterRequest: summarize(changes.slice(1).map((c) => c.request)) };
  } finally {
    await context.close();
  }
}
