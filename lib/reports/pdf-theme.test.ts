import { describe, expect, it } from "vitest";
import { cjkHyphenation } from "./pdf-theme";

describe("cjkHyphenation", () => {
  it("lets Chinese break between any two characters, without hyphens", () => {
    expect(cjkHyphenation("建立“快捷通道”")).toEqual(["建", "", "立", "", "“", "", "快", "", "捷", "", "通", "", "道", "", "”", ""]);
  });
  it("keeps Latin words, codes and addresses whole", () => {
    for (const word of ["cooperation", "C5-2020-3.3c", "https://example.org/a-b"]) expect(cjkHyphenation(word)).toEqual([word]);
  });
});
