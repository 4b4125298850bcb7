"use client";
import { startTransition, use, useEffect, useState } from "react";

/**
 * Reads a value that the server streams after the rest of the page (a promise prop, e.g. facet
 * counts). The first render suspends until it arrives (wrap the caller in `<Suspense>`). A later
 * promise, from the next filter's render, does not hold that render back: the last value stays
 * on screen, flagged `stale`, and the new one replaces it in a transition of its own.
 */
export function useStreamed<T>(promise: Promise<T>): { value: T; stale: boolean } {
  const [shown, setShown] = useState(promise);
  useEffect(() => {
    if (shown !== promise) startTransition(() => setShown(promise));
  }, [promise, shown]);
  return { value: use(shown), stale: shown !== promise };
}
