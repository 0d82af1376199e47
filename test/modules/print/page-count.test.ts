import { describe, expect, test } from "vitest";
import { strToU8, zipSync } from "fflate";
import { countPages, ooxmlCount, pdfPages } from "../../../src/modules/print/files/page-count.ts";
import { contentMatches, kindOfName } from "../../../src/modules/print/files/file-type.ts";
import { FMTID_DOC_SUMMARY, FMTID_SUMMARY, PIDSI_PAGECOUNT, readIntProperty } from "../../../src/modules/print/files/ole-properties.ts";
import { costOf, displayName } from "../../../src/modules/print/files/file-cost.service.ts";
import { printOptions } from "../../../src/modules/print/files/file.validation.ts";
import { newCode } from "../../../src/modules/print/files/upload.service.ts";
import { docBytes, docxBytes, emptyPdfBytes, jpegBytes, pdfBytes, pngBytes, pptBytes, pptxBytes, propertySetStream } from "../../support/print-fixtures.ts";

const SUMMARY = [0xe0, 0x85, 0x9f, 0xf2, 0xf9, 0x4f, 0x68, 0x10, 0xab, 0x91, 0x08, 0x00, 0x2b, 0x27, 0xb3, 0xd9];

describe("countPages", () => {
  test.each([1, 3, 12])("a %i-page PDF made with pdf-lib", async (n) => {
    expect(await countPages("pdf", await pdfBytes(n))).toBe(n);
  });

  test("images are one page", async () => {
    expect(await countPages("png", pngBytes())).toBe(1);
    expect(await countPages("jpeg", jpegBytes())).toBe(1);
  });

  test("docx <Pages> and pptx <Slides> from docProps/app.xml", async () => {
    expect(await countPages("docx", docxBytes(7))).toBe(7);
    expect(await countPages("pptx", pptxBytes(4, 9))).toBe(4); // app.xml wins over the slide parts
  });

  test("pptx without app.xml counts its ppt/slides/slideN.xml parts", async () => {
    expect(await countPages("pptx", pptxBytes(undefined, 5))).toBe(5);
  });

  test("namespace-prefixed app.xml elements are read too", () => {
    const zip = zipSync({ "docProps/app.xml": strToU8("<ep:Properties xmlns:ep=\"x\"><ep:Pages> 12 </ep:Pages></ep:Properties>") });
    expect(ooxmlCount(zip, "Pages")).toBe(12);
  });

  test("doc: PIDSI_PAGECOUNT of \\u0005SummaryInformation; ppt: PIDDSI_SLIDECOUNT of \\u0005DocumentSummaryInformation", async () => {
    expect(await countPages("doc", docBytes(9))).toBe(9);
    expect(await countPages("ppt", pptBytes(11))).toBe(11);
  });

  test.each([
    ["empty PDF (header only)", "pdf", () => emptyPdfBytes()],
    ["garbage after a PDF header", "pdf", () => new Uint8Array(Buffer.from("%PDF-1.7\nthis is not a pdf at all", "latin1"))],
    ["docx without app.xml", "docx", () => docxBytes()],
    ["docx with <Pages>0</Pages>", "docx", () => docxBytes(0)],
    ["pptx without app.xml or slides", "pptx", () => pptxBytes()],
    ["doc without SummaryInformation", "doc", () => docBytes()],
    ["doc with a zero page count", "doc", () => docBytes(0)],
    ["ppt without DocumentSummaryInformation", "ppt", () => pptBytes()],
    ["corrupt zip", "docx", () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5])],
    ["corrupt OLE2", "doc", () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0])],
  ] as const)("%s → null (not determinable)", async (_label, kind, bytes) => {
    expect(await countPages(kind, bytes())).toBeNull();
  });

  test("pdfPages never throws on random bytes", async () => {
    expect(await pdfPages(new Uint8Array(256).map((_, i) => (i * 37) % 256))).toBeNull();
  });
});

describe("OLE property sets", () => {
  test("the FMTID constants are the GUIDs as stored in files", () => {
    expect([...FMTID_SUMMARY]).toEqual(SUMMARY);
    expect(Buffer.from(FMTID_DOC_SUMMARY).toString("hex")).toBe("02d5cdd59c2e1b10939708002b2cf9ae");
  });

  test("reads VT_I4 and VT_I2 values among other properties", () => {
    const stream = propertySetStream(SUMMARY, [[0x01, 2, 1252], [0x0e, 3, 42], [0x0f, 2, 7]]);
    expect(readIntProperty(stream, FMTID_SUMMARY, PIDSI_PAGECOUNT)).toBe(42);
    expect(readIntProperty(stream, FMTID_SUMMARY, 0x0f)).toBe(7);
    expect(readIntProperty(stream, FMTID_SUMMARY, 0x13)).toBeNull();
  });

  test("another property set's FMTID, a bad byte order or a truncated stream → null", () => {
    const stream = propertySetStream(SUMMARY, [[0x0e, 3, 42]]);
    expect(readIntProperty(stream, FMTID_DOC_SUMMARY, PIDSI_PAGECOUNT)).toBeNull();
    const swapped = stream.slice(); swapped[0] = 0xff; swapped[1] = 0xfe; // big-endian marker
    expect(readIntProperty(swapped, FMTID_SUMMARY, PIDSI_PAGECOUNT)).toBeNull();
    for (const cut of [10, 40, 60, stream.length - 2]) expect(readIntProperty(stream.subarray(0, cut), FMTID_SUMMARY, PIDSI_PAGECOUNT)).toBeNull();
  });

  test("a value of another type (e.g. VT_LPSTR) is not a count", () => {
    const stream = propertySetStream(SUMMARY, [[0x0e, 3, 42]]);
    stream[48 + 16] = 0x1e; // the property's type word
    expect(readIntProperty(stream, FMTID_SUMMARY, PIDSI_PAGECOUNT)).toBeNull();
  });
});

describe("file types", () => {
  test.each([
    ["Report.PDF", "pdf"], ["a.b.png", "png"], ["photo.jpg", "jpeg"], ["photo.JPEG", "jpeg"], ["x.docx", "docx"],
    ["x.pptx", "pptx"], ["x.doc", "doc"], ["x.ppt", "ppt"], ["notes.txt", null], ["pdf", null], ["x.pdf.exe", null], ["x.", null],
  ])("%s → %s", (name, kind) => expect(kindOfName(name)).toBe(kind));

  test("content must match the extension", async () => {
    const pdf = await pdfBytes(1);
    expect(contentMatches("pdf", pdf)).toBe(true);
    expect(contentMatches("pdf", pngBytes())).toBe(false);
    expect(contentMatches("png", pdf)).toBe(false);
    expect(contentMatches("jpeg", pngBytes())).toBe(false);
    expect(contentMatches("docx", docxBytes(1))).toBe(true);
    expect(contentMatches("docx", pptxBytes(1))).toBe(false);
    expect(contentMatches("pptx", docxBytes(1))).toBe(false);
    expect(contentMatches("doc", docBytes(1))).toBe(true);
    expect(contentMatches("doc", pptBytes(1))).toBe(false);
    expect(contentMatches("ppt", docBytes(1))).toBe(false);
    expect(contentMatches("docx", docBytes(1))).toBe(false);
  });

  test("a PDF header after some leading bytes (within the first KiB) is still a PDF", async () => {
    const pdf = await pdfBytes(2);
    const prefixed = new Uint8Array([...new Uint8Array(100).fill(0x20), ...pdf]);
    expect(contentMatches("pdf", prefixed)).toBe(true);
    expect(contentMatches("pdf", new Uint8Array([...new Uint8Array(2000).fill(0x20), ...pdf]))).toBe(false);
  });
});

describe("cost, options, names and codes", () => {
  test("cost is pages × copies × price, in integer paise; too large a job is refused", () => {
    expect(costOf(3, 2, 150)).toBe(900);
    expect(() => costOf(200_000, 100, 1000)).toThrow(/too large/);
  });

  test("options default to 1 copy, single, bw, A4 and normalise case", () => {
    expect(printOptions({})).toEqual({ copies: 1, printMode: "single", colorMode: "bw", paperSize: "A4" });
    expect(printOptions({ copies: 3, printMode: "DOUBLE", colorMode: "Color", paperSize: "letter" })).toEqual({ copies: 3, printMode: "double", colorMode: "color", paperSize: "Letter" });
    expect(() => printOptions({ copies: 101 })).toThrow("copies must be a whole number from 1 to 100");
    expect(() => printOptions({ paperSize: "A0" })).toThrow(/paper_size must be one of/);
  });

  test("display names lose paths and control characters and stay short", () => {
    expect(displayName("C:\\Users\\me\\report.pdf")).toBe("report.pdf");
    expect(displayName("../../etc/x\u0000.pdf")).toBe("x.pdf");
    const long = displayName(`${"a".repeat(300)}.pdf`);
    expect(long).toHaveLength(200);
    expect(long.endsWith(".pdf")).toBe(true);
  });

  test("codes are 6 characters of [A-Za-z0-9] and do not repeat", () => {
    const codes = Array.from({ length: 2000 }, () => newCode());
    for (const c of codes) expect(c).toMatch(/^[A-Za-z0-9]{6}$/);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(codes.join("")).size).toBeGreaterThan(55); // the whole alphabet is used
  });
});
