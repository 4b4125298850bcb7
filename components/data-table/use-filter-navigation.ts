"use client";
import { usePathname, useRouter } from "next/navigation";
import { useTransition } from "react";
import { filterToSearchParams, type CommitmentFilter } from "@/lib/commitments/schema";

/**
 * The URL is the view's state: every change of filter, sort, page or columns navigates to the new
 * URL and the server renders the rows. Changing anything but the page goes back to page 1.
 */
export function useFilterNavigation(filter: CommitmentFilter) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const update = (patch: Partial<CommitmentFilter>) => {
    const next = { ...filter, ...patch, page: "page" in patch ? patch.page : 1 };
    const query = filterToSearchParams(next).toString();
    startTransition(() => router.push(query ? `${pathname}?${query}` : pathname, { scroll: false }));
  };
  return { update, pending };
}
