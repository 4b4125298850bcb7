import type { Browser, Page } from "@playwright/test";
import { appBase, type Session } from "../lib/app";
import { summarize, type Summary } from "../lib/stats";

// The table page in Chromium: Largest Contentful Paint and Cumulative Layout Shift from
// PerformanceObserver, and the time from a filter change to its new rows painted (the table's
// transition ends and the rows differ, then the next animation frame has run). The facet counts
// stream after the rows, so the time until they are fresh too and the RSC response's first and
// last bytes are reported beside it.

export type BrowserResult = {
  lcpCold: number; lcp: Summary; clsLoad: number; clsAfterFilters: number; rows: number;
  filterToPaint: Summary; firstFilterToPaint: number; filterToCounts: Summary; filterFirstByte: Summary; filterRequest: Summary;
};

type FilterChange = { total: number; counts: number; firstByte: number; request: number };

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

/**
 * Ticks or unticks one option of the Area filter and resolves once the new rows and the fresh counts
 * (the Area list no longer `aria-busy`) have been painted and the RSC response has ended. No named
 * functions inside: tsx would wrap them in a helper that the page does not have.
 */
function toggleArea(page: Page, option: number): Promise<FilterChange> {
  return page.evaluate(
    (index) =>
      new Promise<FilterChange>((resolve, reject) => {
        const table = document.querySelector("table")!;
        const fieldset = [...document.querySelectorAll("fieldset")].find((f) => f.querySelector("legend")?.textContent === "Area")!;
        const box = fieldset.querySelectorAll<HTMLInputElement>("input[type=checkbox]")[index];
        const before = table.tBodies[0].innerHTML;
        const start = performance.now();
        const timer = setTimeout(() => reject(new Error("no new rows and counts within 30 s")), 30_000);
        const stages = [
          () => table.getAttribute("aria-busy") !== "true" && table.tBodies[0].innerHTML !== before,
          () => fieldset.getAttribute("aria-busy") !== "true",
        ];
        const painted: Promise<number>[] = [];
        new MutationObserver((_, observer) => {
          while (painted.length < stages.length && stages[painted.length]()) {
            painted.push(new Promise((done) => requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0))));
          }
          if (painted.length < stages.length) return;
          observer.disconnect();
          // The navigation's RSC request enters the resource timeline once its last byte is in; a
          // view the router still holds needs none (NaN then).
          const response = (async () => {
            for (let waited = 0; waited < 5_000; waited += 20) {
              const fetches = performance.getEntriesByType("resource").filter((e) => e.name.includes("_rsc=") && e.startTime >= start) as PerformanceResourceTiming[];
              if (fetches.length) return { firstByte: Math.min(...fetches.map((e) => e.responseStart)) - start, request: Math.max(...fetches.map((e) => e.responseEnd)) - start };
              await new Promise((wait) => setTimeout(wait, 20));
            }
            return { firstByte: NaN, request: NaN };
          })();
          Promise.all([painted[0], painted[1], response]).then(([total, counts, timing]) => {
            clearTimeout(timer);
            resolve({ total, counts, ...timing });
          });
        }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
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
    const changes: FilterChange[] = [];
    // Tick one area, untick it, tick the next...: every change shows other rows.
    for (const option of [0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7]) changes.push(await toggleArea(page, option));
    const clsAfterFilters = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
    // The first change also loads the route's client code for navigation: reported apart.
    const later = changes.slice(1);
    const summary = (pick: (c: FilterChange) => number) => summarize(later.map(pick).filter((value) => !Number.isNaN(value)));
    return { lcpCold, lcp: summarize(lcps), clsLoad, clsAfterFilters, rows, firstFilterToPaint: changes[0].total,
      filterToPaint: summary((c) => c.total), filterToCounts: summary((c) => c.counts), filterFirstByte: summary((c) => c.firstByte), filterRequest: summary((c) => c.request) };
  } finally {
    await context.close();
  }
}
