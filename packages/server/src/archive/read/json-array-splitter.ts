/** One element of the top-level array, as JSON text. */
export interface ElementText {
  text: string;
  /** Character offset of the element's first character in the whole (decompressed) text. */
  offset: number;
}

export class JsonShapeError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const enum State {
  BeforeArray,
  FirstElementOrEnd,
  Element,
  AfterElement,
  NextElement,
  AfterArray,
}

const SPECIAL_IN_STRING = /["\\]/g;

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0xfeff;
}

/**
 * Splits the text of one JSON array, fed in arbitrary chunks, into the texts of its elements,
 * so that each element can be given to the native JSON.parse on its own: memory is bounded by
 * the largest element, not by the file. Validates only the array's own punctuation; the
 * elements' syntax is left to JSON.parse.
 */
export class JsonArraySplitter {
  /** Elements completed so far. */
  completed = 0;
  private state = State.BeforeArray;
  private consumed = 0; // characters in earlier chunks
  private parts: string[] = [];
  private elementOffset = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private scalar = false;

  push(chunk: string): ElementText[] {
    const out: ElementText[] = [];
    let start = 0; // start in this chunk of the current element's text
    let i = 0;
    const n = chunk.length;
    while (i < n) {
      if (this.state === State.Element) {
        const end = this.scanElement(chunk, i);
        if (end === -1) break;
        this.parts.push(chunk.slice(start, end));
        out.push({ text: this.parts.join(''), offset: this.elementOffset });
        this.completed++;
        this.parts = [];
        this.state = State.AfterElement;
        i = end;
        continue;
      }
      const code = chunk.charCodeAt(i);
      if (isWhitespace(code)) {
        i++;
        continue;
      }
      const offset = this.consumed + i;
      const char = chunk[i] ?? '';
      switch (this.state) {
        case State.BeforeArray:
          if (char !== '[') throw new JsonShapeError(`expected a JSON array but found ${describe(char)}`, offset);
          this.state = State.FirstElementOrEnd;
          i++;
          break;
        case State.FirstElementOrEnd:
        case State.NextElement:
          if (char === ']' && this.state === State.FirstElementOrEnd) {
            this.state = State.AfterArray;
            i++;
            break;
          }
          if (char === ']' || char === ',')
            throw new JsonShapeError(`unexpected ${describe(char)} in the array`, offset);
          this.beginElement(char, offset);
          start = i;
          i++;
          break;
        case State.AfterElement:
          if (char === ',') this.state = State.NextElement;
          else if (char === ']') this.state = State.AfterArray;
          else
            throw new JsonShapeError(`expected ',' or ']' after an array element but found ${describe(char)}`, offset);
          i++;
          break;
        case State.AfterArray:
          throw new JsonShapeError(`unexpected ${describe(char)} after the end of the array`, offset);
      }
    }
    if (this.state === State.Element) this.parts.push(chunk.slice(start));
    this.consumed += n;
    return out;
  }

  /** Call after the last chunk: fails when the array was not closed. */
  end(): ElementText[] {
    if (this.state !== State.AfterArray) {
      const what = this.state === State.BeforeArray ? 'the file is empty' : 'the array is not closed';
      throw new JsonShapeError(`unexpected end of JSON: ${what} (truncated file?)`, this.consumed);
    }
    return [];
  }

  private beginElement(char: string, offset: number): void {
    this.state = State.Element;
    this.elementOffset = offset;
    this.parts = [];
    this.depth = char === '{' || char === '[' ? 1 : 0;
    this.inString = char === '"';
    this.escaped = false;
    this.scalar = this.depth === 0 && !this.inString;
  }

  /**
   * Index just past the current element's last character, or -1 when it continues into the
   * next chunk. The element's first character was consumed by beginElement.
   */
  private scanElement(chunk: string, from: number): number {
    let i = from;
    const n = chunk.length;
    while (i < n) {
      if (this.escaped) {
        this.escaped = false;
        i++;
        continue;
      }
      if (this.inString) {
        SPECIAL_IN_STRING.lastIndex = i;
        const match = SPECIAL_IN_STRING.exec(chunk);
        if (match === null) return -1;
        i = match.index + 1;
        if (match[0] === '\\') this.escaped = true;
        else {
          this.inString = false;
          if (this.depth === 0) return i; // a string element
        }
        continue;
      }
      const code = chunk.charCodeAt(i);
      if (this.scalar) {
        if (code === 0x2c || code === 0x5d || isWhitespace(code)) return i;
        i++;
        continue;
      }
      if (code === 0x22) this.inString = true;
      else if (code === 0x7b || code === 0x5b) this.depth++;
      else if (code === 0x7d || code === 0x5d) {
        this.depth--;
        if (this.depth === 0) return i + 1;
      }
      i++;
    }
    return -1;
  }
}

function describe(char: string): string {
  return char === '' ? 'nothing' : `'${char}'`;
}
