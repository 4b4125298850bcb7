import Link from "next/link";
import type { ReactNode } from "react";

export function MessagePage({ code, title, hint, link, children }: { code: string; title: string; hint: string; link: { href: string; label: string }; children?: ReactNode }) {
  return (
    <main id="main" className="grid min-h-[70vh] place-items-center px-4">
      <div className="max-w-md text-center">
        <p className="font-mono text-sm text-slate-500">{code}</p>
        <h1 className="mt-2 text-2xl font-semibold">{title}</h1>
        <p className="mt-2 text-slate-600">{hint}</p>
        <div className="mt-6 flex justify-center gap-3">
          {children}
          <Link href={link.href} className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700">
            {link.label}
          </Link>
        </div>
      </div>
    </main>
  );
}
