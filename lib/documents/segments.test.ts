import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeStatusCounts, representativeStatus, segmentSentence, type CodedSpan } from "./segments";

const sentence = { start: 100, end: 110, text: "0123456789" };

describe("segmentSentence", () => {
  it("leaves a sentence without quotes as one plain piece", () => {
    expect(segmentSentence(sentence, [])).toEqual([{ start: 100, end: 110, text: "0123456789", codes: [] }]);
  });

  it("cuts plain text around a quote", () => {
    expect(segmentSentence(sentence, [{ code: "A", start: 102, end: 105 }])).toEqual([
      { start: 100, end: 102, text: "01", codes: [] },
      { start: 102, end: 105, text: "234", codes: ["A"] },
      { start: 105, end: 110, text: "56789", codes: [] },
    ]);
  });

  it("gives identical quotes one highlight that lists every commitment", () => {
    const spans = ["2.1a", "2.1b", "2.1c"].map((code) => ({ code, start: 100, end: 109 }));
    expect(segmentSentence(sentence, spans)).toEqual([
      { start: 100, end: 109, text: "012345678", codes: ["2.1a", "2.1b", "2.1c"] },
      { start: 109, end: 110, text: "9", codes: [] },
    ]);
  });

  it("splits overlapping quotes where the set of covering commitments changes", () => {
    const spans = [
      { code: "A", start: 101, end: 106 },
      { code: "B", start: 104, end: 108 },
    ];
    expect(segmentSentence(sentence, spans).map((s) => [s.text, s.codes])).toEqual([
      ["0", []],
      ["123", ["A"]],
      ["45", ["A", "B"]],
      ["67", ["B"]],
      ["89", []],
    ]);
  });

  it("keeps adjacent quotes apart and clips quotes that stick out of the sentence", () => {
    const spans = [
      { code: "A", start: 90, end: 103 },
      { code: "B", start: 103, end: 120 },
      { code: "C", start: 200, end: 210 },
      { code: "D", start: 105, end: 105 },
    ];
    expect(segmentSentence(sentence, spans).map((s) => [s.text, s.codes])).toEqual([
      ["012", ["A"]],
      ["3456789", ["B"]],
    ]);
  });

  it("is exact to the character for any quotes (property)", () => {
    const arbitrary = fc
      .record({ text: fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }), start: fc.nat(1000) })
      .chain(({ text, start }) => {
        const end = start + text.length;
        const span = fc
          .record({ code: fc.constantFrom("A", "B", "C", "D", "E"), a: fc.integer({ min: start - 5, max: end + 5 }), b: fc.integer({ min: start - 5, max: end + 5 }) })
          .map(({ code, a, b }): CodedSpan => ({ code, start: Math.min(a, b), end: Math.max(a, b) }));
        return fc.record({ sentence: fc.constant({ start, end, text }), spans: fc.array(span, { maxLength: 8 }) });
      });
    fc.assert(
      fc.property(arbitrary, ({ sentence: s, spans }) => {
        const segments = segmentSentence(s, spans);
        expect(segments.map((segment) => segment.text).join("")).toBe(s.text);
        expect(segments[0].start).toBe(s.start);
        expect(segments.at(-1)!.end).toBe(s.end);
        segments.forEach((segment, i) => {
          expect(segment.end).toBeGreaterThan(segment.start);
          expect(segment.text).toBe(s.text.slice(segment.start - s.start, segment.end - s.start));
          if (i > 0) {
            expect(segment.start).toBe(segments[i - 1].end);
            expect(segment.codes).not.toEqual(segments[i - 1].codes);
          }
          for (let at = segment.start; at < segment.end; at++) {
            const covering = [...new Set(spans.filter((span) => span.start <= at && at < span.end).map((span) => span.code))];
            expect([...segment.codes].sort()).toEqual(covering.sort());
          }
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe("representativeStatus", () => {
  it("is the most common status, ties going to the one first on the scale", () => {
    expect(representativeStatus({})).toBe("NOT_ASSESSED");
    expect(representativeStatus({ COMPLETED: 4, IN_PROGRESS: 2 })).toBe("COMPLETED");
    expect(representativeStatus({ COMPLETED: 3, IN_PROGRESS: 3 })).toBe("IN_PROGRESS");
  });

  it("adds summaries up before choosing", () => {
    const merged = mergeStatusCounts([{ COMPLETED: 2, STALLED: 1 }, { STALLED: 2 }, {}]);
    expect(merged).toEqual({ COMPLETED: 2, STALLED: 3 });
    expect(representativeStatus(merged)).toBe("STALLED");
  });
});
