/**
 * A value's JSON as UTF-8 bytes, byte for byte `Buffer.from(JSON.stringify(value))`, without ever holding the whole
 * JSON as one string.
 *
 * Why: V8 makes a large string of two-byte characters slowly. A ranking's answer holds Vietnamese names, so its
 * JSON is two-byte throughout; at 130 rows (83.000 characters) making that string whole and encoding it took about
 * 1 ms on top of JSON.stringify's 0,3–0,5 ms: a fifth of an uncached ranking request's time in the server (see
 * tools/bench/RESULTS.md). Written in pieces, the same bytes take 0,4–0,5 ms in all.
 *
 * How: objects and short arrays are walked; the elements of a longer array are written by JSON.stringify a few
 * dozen at a time (rows of a ranking, edges of a connection); pieces are joined into strings of about PIECE_CHARS
 * characters and each encoded by itself. JSON.stringify's rules hold: `toJSON`, boxed primitives and class
 * instances other than plain objects go to JSON.stringify whole; undefined, functions and symbols are left out of
 * objects and are null in arrays; a cycle is refused. Elements far larger than PIECE_CHARS make a large string
 * again: slower, still the same bytes.
 */
export function jsonBytes(value: unknown, suffix = ''): Buffer {
  const pieces = new Pieces();
  write(pieces, value, new Set());
  pieces.add(suffix);
  return pieces.bytes();
}

/** Characters encoded at once: large enough that pieces are few, small enough to stay quick to make. */
const PIECE_CHARS = 32_768;
/** Arrays of at most this many elements are walked (a list of levels, each with its rows)… */
const WALKED_ARRAY = 4;
/** …longer ones written by JSON.stringify this many elements at a time (a few thousand characters of rows). */
const ELEMENTS_AT_ONCE = 32;

/** `walking`: the containers being walked, to refuse a cycle as JSON.stringify does. */
function write(pieces: Pieces, value: unknown, walking: Set<object>): void {
  const array = Array.isArray(value) && !hasToJson(value);
  if (!array && !isPlainObject(value)) {
    pieces.add(JSON.stringify(value) ?? 'null');
    return;
  }
  if (walking.has(value)) throw new TypeError('Converting circular structure to JSON');
  walking.add(value);
  if (array) writeArray(pieces, value as unknown[], walking);
  else writeObject(pieces, value as Record<string, unknown>, walking);
  walking.delete(value);
}

function writeArray(pieces: Pieces, value: unknown[], walking: Set<object>): void {
  pieces.add('[');
  if (value.length <= WALKED_ARRAY) {
    for (let i = 0; i < value.length; i++) {
      if (i > 0) pieces.add(',');
      write(pieces, value[i], walking);
    }
  } else {
    for (let i = 0; i < value.length; i += ELEMENTS_AT_ONCE) {
      if (i > 0) pieces.add(',');
      pieces.add(JSON.stringify(value.slice(i, i + ELEMENTS_AT_ONCE)).slice(1, -1));
    }
  }
  pieces.add(']');
}

function writeObject(pieces: Pieces, value: Record<string, unknown>, walking: Set<object>): void {
  pieces.add('{');
  let first = true;
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    pieces.add(first ? `${JSON.stringify(key)}:` : `,${JSON.stringify(key)}:`);
    first = false;
    write(pieces, item, walking);
  }
  pieces.add('}');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || hasToJson(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

function hasToJson(value: object): boolean {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

class Pieces {
  private text = '';
  private readonly encoded: Buffer[] = [];

  add(piece: string): void {
    this.text += piece;
    if (this.text.length >= PIECE_CHARS) this.flush();
  }

  bytes(): Buffer {
    if (this.encoded.length === 0) return Buffer.from(this.text);
    this.flush();
    return Buffer.concat(this.encoded);
  }

  private flush(): void {
    this.encoded.push(Buffer.from(this.text));
    this.text = '';
  }
}
