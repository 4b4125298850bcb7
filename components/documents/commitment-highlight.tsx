"use client";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useId, useLayoutEffect, useRef, useState, type FocusEvent } from "react";
import { mergeStatusCounts, representativeStatus } from "@/lib/documents/segments";
import { statusColor, type Status } from "@/lib/tracking/status";
import { highlightTone } from "./highlight-tone";

export type HighlightTarget = { code: string; title: string; status: Status; statusCounts: Partial<Record<Status, number>> };

const commitmentHref = (code: string) => `/commitments/${encodeURIComponent(code)}`;
const GAP = 6;
const MARGIN = 8;

/**
 * A quoted clause as a link to its commitment. Hover or keyboard focus opens a card with the code,
 * title and status of every commitment that quotes the clause; the card stays open while the
 * pointer is on it, and Escape closes it (WCAG 1.4.13).
 */
export function CommitmentHighlight({ text, targets }: { text: string; targets: HighlightTarget[] }) {
  const t = useTranslations("documents.highlight");
  const tStatus = useTranslations("status");
  const locale = useLocale();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);
  const anchor = useRef<HTMLAnchorElement>(null);
  const card = useRef<HTMLSpanElement>(null);
  const closing = useRef<ReturnType<typeof setTimeout>>(undefined);
  const status = representativeStatus(mergeStatusCounts(targets.map((target) => target.statusCounts)));
  const shared = targets.length > 1;

  useLayoutEffect(() => {
    if (!open) return;
    const reposition = () => {
      const rects = anchor.current?.getClientRects();
      const box = card.current?.getBoundingClientRect();
      if (!rects?.length || !box) return;
      const first = rects[0];
      const last = rects[rects.length - 1];
      const below = last.bottom + GAP;
      const top = below + box.height + MARGIN > window.innerHeight ? Math.max(MARGIN, first.top - GAP - box.height) : below;
      const left = Math.min(Math.max(MARGIN, (rects.length > 1 ? last : first).left), window.innerWidth - box.width - MARGIN);
      setPlace({ top, left });
    };
    const dismiss = (event: KeyboardEvent) => event.key === "Escape" && setOpen(false);
    reposition();
    window.addEventListener("scroll", reposition, true);
    window.addEventListener("resize", reposition);
    document.addEventListener("keydown", dismiss);
    return () => {
      window.removeEventListener("scroll", reposition, true);
      window.removeEventListener("resize", reposition);
      document.removeEventListener("keydown", dismiss);
    };
  }, [open]);

  const show = () => {
    clearTimeout(closing.current);
    setOpen(true);
  };
  const hideSoon = () => {
    clearTimeout(closing.current);
    closing.current = setTimeout(() => setOpen(false), 150);
  };
  const hideOnBlur = (event: FocusEvent<HTMLSpanElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
  };

  return (
    <span
      onPointerEnter={show}
      onPointerLeave={hideSoon}
      onFocus={show}
      onBlur={hideOnBlur}
    >
      <Link
        ref={anchor}
        href={commitmentHref(targets[0].code)}
        prefetch={false}
        aria-describedby={id}
        data-codes={targets.map((target) => target.code).join(" ")}
        data-status={status}
        className={`rounded-sm border-b-2 box-decoration-clone px-px text-inherit no-underline transition-colors ${highlightTone[status]}`}
      >
        {text}
      </Link>
      <span
        ref={card}
        id={id}
        role={shared ? undefined : "tooltip"}
        lang={locale === "zh" ? "zh-CN" : "en"}
        hidden={!open}
        style={place ? { top: place.top, left: place.left } : undefined}
        className={`fixed z-30 block w-72 max-w-[calc(100vw-1rem)] rounded-lg border border-slate-200 bg-white p-3 text-left text-sm leading-snug tracking-normal text-slate-800 no-underline shadow-lg ${place ? "" : "invisible"}`}
      >
        {shared && <span className="mb-2 block text-xs font-medium text-slate-500">{t("shared", { count: targets.length })}</span>}
        {targets.map((target) => {
          const total = Object.values(target.statusCounts).reduce((sum, n) => sum + (n ?? 0), 0);
          const body = (
            <>
              <span className="block font-mono text-xs font-semibold text-brand-800">{target.code}</span>
              <span className="mt-0.5 block font-medium text-slate-900">{target.title}</span>
              <span className="mt-1 flex items-center gap-1.5 text-xs text-slate-600">
                <span aria-hidden className={`h-2 w-2 rounded-full ${statusColor[target.status]}`} />
                {tStatus(target.status)}
                {total > 0 && <span className="tabular-nums">· {t("partyShare", { count: target.statusCounts[target.status] ?? 0, total })}</span>}
              </span>
            </>
          );
          return shared ? (
            <Link
              key={target.code}
              href={commitmentHref(target.code)}
              prefetch={false}
              className="-mx-1.5 block rounded-md px-1.5 py-1.5 hover:bg-slate-50 focus-visible:bg-slate-50"
            >
              {body}
            </Link>
          ) : (
            <span key={target.code} className="block">
              {body}
              <span className="mt-2 block text-xs text-brand-700">{t("open")}</span>
            </span>
          );
        })}
      </span>
    </span>
  );
}
