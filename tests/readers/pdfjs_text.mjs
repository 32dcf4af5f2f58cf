// Text of PDFs as Firefox's pdf.js extracts it (what its find bar and copy see): one line per
// text item that ends a line, pages separated by form feeds; one output file per input,
// written next to it as FILE.pdfjs.txt.  usage: node pdfjs_text.mjs FILE.pdf...
import { readFile, writeFile } from "node:fs/promises";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

for (const path of process.argv.slice(2)) {
  const data = new Uint8Array(await readFile(path));
  const doc = await getDocument({ data, useSystemFonts: false, verbosity: 0 }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    pages.push(content.items.map((it) => it.str + (it.hasEOL ? "\n" : "")).join(""));
  }
  await writeFile(path + ".pdfjs.txt", pages.join("\f"));
  await doc.destroy();
}
