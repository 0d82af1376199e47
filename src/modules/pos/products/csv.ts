/**
 * A minimal RFC 4180 reader (no CSV library is installed): comma-separated fields, CRLF or LF line ends, fields in
 * double quotes may hold commas, line breaks and doubled quotes (`""`). A leading BOM is skipped; blank lines are
 * ignored. Returns the rows as arrays of strings, or throws on an unterminated quote or text after a closing quote.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let quoted = false;
  let line = 1;
  const endRow = () => {
    row.push(field);
    field = "";
    if (!(row.length === 1 && row[0] === "")) rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
        quoted = false; i++;
        const next = text[i];
        if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") throw new Error(`line ${line}: unexpected text after a closing quote`);
        continue;
      }
      if (c === "\n") line++;
      field += c; i++;
      continue;
    }
    if (c === '"') {
      if (field !== "") throw new Error(`line ${line}: a quote inside an unquoted field`);
      quoted = true; i++;
    } else if (c === ",") { row.push(field); field = ""; i++; }
    else if (c === "\r" || c === "\n") {
      endRow();
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line++;
    } else { field += c; i++; }
  }
  if (quoted) throw new Error(`line ${line}: unterminated quoted field`);
  if (field !== "" || row.length) endRow();
  return rows;
}
