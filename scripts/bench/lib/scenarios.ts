// The commitments table views the benchmark requests: typical filter and sort combinations, 50 rows.

export type Scenario = { name: string; query: string };

export const scenarios: Scenario[] = [
  { name: "all, by code", query: "size=50" },
  { name: "KZ in progress or stalled, by last update", query: "country=KZ&status=IN_PROGRESS,STALLED&sort=lastUpdate&dir=desc&size=50" },
  { name: "two areas, two strengths, by progress", query: "area=health,trade-investment&strength=WILLING,WILL&sort=progress&dir=desc&size=50" },
  { name: "search 合作, by title", query: "q=%E5%90%88%E4%BD%9C&sort=title&size=50" },
  { name: "one document, UZ without evidence, page 3", query: "document=bench-plan-2024&country=UZ&noEvidence=1&sort=strength&page=3&size=50" },
];

export const searchParamsOf = (query: string): Record<string, string> => Object.fromEntries(new URLSearchParams(query));
