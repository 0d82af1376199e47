/**
 * A minimal reader of OLE property set streams ([MS-OLEPS] 2.21), enough to read one integer property from
 * `\u0005SummaryInformation` / `\u0005DocumentSummaryInformation`. Every offset is bounds-checked: a corrupt stream
 * yields null, never an exception or a read past the end.
 */

/** FMTID_SummaryInformation {F29F85E0-4FF9-1068-AB91-08002B27B3D9} as stored (GUID: first three fields little-endian). */
export const FMTID_SUMMARY = guidBytes("F29F85E0-4FF9-1068-AB91-08002B27B3D9");
/** FMTID_DocSummaryInformation {D5CDD502-2E9C-101B-9397-08002B2CF9AE}. */
export const FMTID_DOC_SUMMARY = guidBytes("D5CDD502-2E9C-101B-9397-08002B2CF9AE");

export const PIDSI_PAGECOUNT = 0x0e;
export const PIDDSI_SLIDECOUNT = 0x07;
const VT_I2 = 0x0002;
const VT_I4 = 0x0003;

export function guidBytes(guid: string): Uint8Array {
  const hex = guid.replace(/-/g, "");
  const raw = Uint8Array.from(hex.match(/../g)!.map((h) => parseInt(h, 16)));
  // Data1 (4 bytes), Data2 and Data3 (2 bytes each) are little-endian; Data4 is a plain byte array
  return Uint8Array.from([raw[3]!, raw[2]!, raw[1]!, raw[0]!, raw[5]!, raw[4]!, raw[7]!, raw[6]!, ...raw.subarray(8)]);
}

/** The integer value of property `pid` in the property set `fmtid` of a property set stream, or null. */
export function readIntProperty(stream: Uint8Array, fmtid: Uint8Array, pid: number): number | null {
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  const u16 = (at: number) => (at + 2 <= view.byteLength ? view.getUint16(at, true) : null);
  const u32 = (at: number) => (at + 4 <= view.byteLength ? view.getUint32(at, true) : null);
  // PropertySetStreamHeader: ByteOrder 0xFFFE, Version, SystemIdentifier, CLSID (16), NumPropertySets, then (FMTID, Offset) pairs
  if (u16(0) !== 0xfffe) return null;
  const sets = u32(24);
  if (sets === null || sets < 1 || sets > 2) return null;
  for (let i = 0; i < sets; i++) {
    const entry = 28 + i * 20;
    if (entry + 20 > stream.byteLength) return null;
    if (!sameBytes(stream.subarray(entry, entry + 16), fmtid)) continue;
    const setStart = u32(entry + 16);
    return setStart === null ? null : readFromSet(view, setStart, pid);
  }
  return null;
}

function readFromSet(view: DataView, start: number, pid: number): number | null {
  // PropertySet: Size, NumProperties, then (PropertyIdentifier, Offset-from-set-start) pairs
  if (start + 8 > view.byteLength) return null;
  const count = view.getUint32(start + 4, true);
  if (start + 8 + count * 8 > view.byteLength) return null;
  for (let i = 0; i < count; i++) {
    const at = start + 8 + i * 8;
    if (view.getUint32(at, true) !== pid) continue;
    const value = start + view.getUint32(at + 4, true);
    if (value + 8 > view.byteLength) return null;
    const type = view.getUint16(value, true);
    if (type === VT_I4) return view.getInt32(value + 4, true);
    if (type === VT_I2) return view.getInt16(value + 4, true);
    return null;
  }
  return null;
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);
