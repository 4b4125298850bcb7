"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { CountryStatus } from "@/lib/commitments/data";
import { statusColor } from "@/lib/tracking/status";

/** One small cell per party, coloured by status; each opens the commitment for that country (not prefetched: see commitment-columns.tsx). */
export function CountryStrip({ code, countries }: { code: string; countries: CountryStatus[] }) {
  const t = useTranslations("status");
  return (
    <ul className="flex gap-0.5">
      {countries.map((entry) => (
        <li key={entry.country}>
          <Link
            href={`/commitments/${code}?country=${entry.country}`}
            prefetch={false}
            title={`${entry.country}: ${t(entry.status)} · ${entry.progress}%`}
            aria-label={`${entry.country}: ${t(entry.status)}, ${entry.progress}%`}
            className={`flex h-6 w-7 items-center justify-center rounded-sm text-[10px] font-semibold ${statusColor[entry.status]} ${entry.status === "NO_EVIDENCE" || entry.status === "NOT_ASSESSED" ? "text-slate-700" : "text-white"}`}
          >
            {entry.country}
          </Link>
        </li>
      ))}
    </ul>
  );
}
