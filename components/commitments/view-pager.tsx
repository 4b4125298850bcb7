"use client";
import { Pagination } from "@/components/data-table/pagination";
import { useFilterNavigation } from "@/components/data-table/use-filter-navigation";
import type { CommitmentFilter } from "@/lib/commitments/schema";

export function ViewPager({ filter, total }: { filter: CommitmentFilter; total: number }) {
  const { update } = useFilterNavigation(filter);
  return <Pagination page={filter.page} size={filter.size} total={total} onChange={(patch) => update(patch)} />;
}
