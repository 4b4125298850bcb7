import { z } from "zod";
import { areaSlugSchema } from "@/lib/documents/source-schema";

/** A document's address: the kebab-case slug of its source file. */
export const documentSlugSchema = areaSlugSchema.max(120);

export const readingViews = ["zh", "en", "both"] as const;
export type ReadingView = (typeof readingViews)[number];
/** `?view=`: the Chinese text, the English rendering, or both side by side; anything else reads Chinese. */
export const readingViewSchema = z.enum(readingViews).catch("zh");
