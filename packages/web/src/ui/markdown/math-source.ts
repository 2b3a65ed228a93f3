/*
 * The archive's descriptions were written for the old site, which took the formulas out of the
 * text before markdown ran (its placeholders leak in a few descriptions: "TD_INLINE_MATH_1") and
 * typeset them with MathJax. So markdown never saw a formula: "_" and "*" in one are not
 * emphasis, and a formula may span lines. This does the same: the formulas are cut out and
 * replaced by placeholders before the markdown is parsed, and put back as math nodes after
 * (remark-pwc-math).
 *
 * Delimiters, as MathJax read them on the old site: $…$ and \(…\) inline; $$…$$, \[…\] and a
 * bare \begin{align}…\end{align} (and the other display environments) as display formulas.
 * Code spans and fenced code blocks are left as they are, as is an escaped dollar (\$) and a
 * dollar amount ("$5 and $10", "costs $5, so").
 */

export interface Formula {
  /** The TeX handed to KaTeX, with the markdown escapes undone. */
  tex: string;
  display: boolean;
  /** The formula as written, delimiters included: what a code block that held it shows. */
  source: string;
}

export interface ExtractedMath {
  /** The markdown with each formula replaced by a placeholder (see `placeholder`). */
  markdown: string;
  formulas: Formula[];
}

// Private-use characters: never in the archive's text (they are removed from it first), and
// markdown treats them as ordinary letters, so a placeholder survives parsing as it is.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const PRIVATE_USE = /[\uE000\uE001]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

/** Placeholders in a text: the formula's index is the first group. */
export const PLACEHOLDERS = /\uE000(\d+)\uE001/g;

export function placeholder(index: number): string {
  return `${OPEN}${index}${CLOSE}`;
}

// MathJax typeset these environments outside $…$ too (its processEnvironments option).
const DISPLAY_ENVIRONMENTS = new Set([
  'equation',
  'align',
  'aligned',
  'alignat',
  'gather',
  'gathered',
  'multline',
  'eqnarray',
  'split',
  'cases',
  'array',
  'matrix',
  'pmatrix',
  'bmatrix',
  'Bmatrix',
  'vmatrix',
  'Vmatrix',
]);
const BEGIN = /^\\begin\{([A-Za-z]+)(\*?)\}/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const BLANK_LINE = /\n[ \t]*\n/;
const BLANK_LINE_AT = /\n[ \t]*\n/y;
// LaTeX in a formula; a "formula" without it that starts with a number and holds a word
// ("$5 per hour, so $") is money. Variables are letters, or capitals ("$1/MN$", "$3 M K$").
const TEX_SIGN = /[\\^_{}=]/;
const WORD = /(?:^|\s)[a-z]{2,}\b/;

/** Cuts the formulas out of archive markdown (see the top of this file). */
export function extractMath(text: string): ExtractedMath {
  const source = text.replace(PRIVATE_USE, '\uFFFD');
  const formulas: Formula[] = [];
  let out = '';
  let i = 0;

  const find = closerFinder(source);
  const take = (end: number, tex: string, display: boolean) => {
    formulas.push({ tex: unescapeMath(tex), display, source: source.slice(i, end) });
    out += placeholder(formulas.length - 1);
    i = end;
  };
  const copy = (end: number) => {
    out += source.slice(i, end);
    i = end;
  };

  while (i < source.length) {
    const ch = source[i];
    const lineStart = i === 0 || source[i - 1] === '\n';

    if (lineStart) {
      const fence = FENCE.exec(source.slice(i, i + 64));
      if (fence?.[1]) {
        copy(fencedBlockEnd(source, i, fence[1]));
        continue;
      }
    }

    if (ch === '`') {
      copy(codeSpanEnd(source, i));
      continue;
    }

    if (ch === '\\') {
      const next = source[i + 1];
      if (next === '(') {
        const close = find.inParagraph('\\)', i + 2);
        if (close > i + 2) {
          take(close + 2, source.slice(i + 2, close), false);
          continue;
        }
      } else if (next === '[') {
        const close = find.inParagraph('\\]', i + 2);
        const tex = close < 0 ? '' : source.slice(i + 2, close);
        // "\[1\]" is an escaped citation mark, not a formula.
        if (TEX_SIGN.test(tex)) {
          take(close + 2, tex, true);
          continue;
        }
      } else if (next === 'b') {
        const begin = BEGIN.exec(source.slice(i, i + 40));
        if (begin?.[1] && DISPLAY_ENVIRONMENTS.has(begin[1])) {
          const end = `\\end{${begin[1]}${begin[2] ?? ''}}`;
          const close = find.next(end, i + begin[0].length);
          if (close >= 0) {
            take(close + end.length, source.slice(i, close + end.length), true);
            continue;
          }
        }
      }
      // Any other escape (\$, \\, \_ …) is markdown's: keep it whole so that its second
      // character opens nothing here.
      copy(Math.min(i + 2, source.length));
      continue;
    }

    if (ch === '$') {
      if (source[i + 1] === '$') {
        const close = findDollar(source, i + 2, true);
        if (close < 0) {
          copy(i + 2);
        } else if (source.slice(i + 2, close).trim()) {
          take(close + 2, source.slice(i + 2, close), true);
        } else {
          // "$$ $$": an empty formula, which showed nothing.
          i = close + 2;
        }
        continue;
      }
      const close = findDollar(source, i + 1, false);
      const tex = close < 0 ? '' : source.slice(i + 1, close);
      if (tex.trim() && !isMoney(tex, source[close + 1])) {
        take(close + 1, tex, false);
        continue;
      }
      copy(i + 1);
      continue;
    }

    copy(i + 1);
  }
  return { markdown: out, formulas };
}

/** "$5 and $10", "$5, so": a number and words, or a number closed by another amount. */
function isMoney(tex: string, afterClose: string | undefined): boolean {
  if (!/^\d/.test(tex)) return false;
  if (afterClose !== undefined && /\d/.test(afterClose)) return true;
  return !TEX_SIGN.test(tex) && WORD.test(tex);
}

/**
 * The index of the dollar(s) that close a formula opened before `from`, or -1. A TeX escape
 * ("\$") does not close it; a single-dollar formula ends at a blank line (as a paragraph did).
 */
function findDollar(source: string, from: number, double: boolean): number {
  for (let j = from; j < source.length; j++) {
    const c = source[j];
    if (c === '\\') {
      j++;
    } else if (c === '$') {
      if (!double) return source[j + 1] === '$' ? -1 : j;
      if (source[j + 1] === '$') return j;
    } else if (!double && c === '\n') {
      BLANK_LINE_AT.lastIndex = j;
      if (BLANK_LINE_AT.test(source)) return -1;
    }
  }
  return -1;
}

/**
 * Finds closing delimiters. Each search remembers its answer, so that text with thousands of
 * openers and no closer (an edit can hold anything) costs one scan, not one per opener.
 */
function closerFinder(source: string) {
  const found = new Map<string, { from: number; at: number }>();
  const blankLines = [...source.matchAll(new RegExp(BLANK_LINE, 'g'))].map((match) => match.index);

  /** The first index of `needle` at or after `from`, or -1. */
  const next = (needle: string, from: number): number => {
    const last = found.get(needle);
    // Nothing between last.from and last.at matched, so the answer for `from` in that range is the same.
    if (last && last.from <= from && (last.at < 0 || from <= last.at)) return last.at;
    const at = source.indexOf(needle, from);
    found.set(needle, { from, at });
    return at;
  };

  /** Whether a blank line (a paragraph's end) starts in [from, to). */
  const blankBetween = (from: number, to: number): boolean => {
    let low = 0;
    let high = blankLines.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((blankLines[middle] ?? 0) < from) low = middle + 1;
      else high = middle;
    }
    const first = blankLines[low];
    return first !== undefined && first < to;
  };

  /** The index of `needle` before the paragraph ends, or -1. */
  const inParagraph = (needle: string, from: number): number => {
    const at = next(needle, from);
    return at < 0 || blankBetween(from, at) ? -1 : at;
  };

  return { next, inParagraph };
}

/** Where a code span that starts at `i` ends (CommonMark: the next run of as many backticks). */
function codeSpanEnd(source: string, i: number): number {
  let run = i;
  while (source[run] === '`') run++;
  const ticks = source.slice(i, run);
  for (let j = source.indexOf(ticks, run); j >= 0; j = source.indexOf(ticks, j + 1)) {
    let end = j + ticks.length;
    if (source[j - 1] !== '`' && source[end] !== '`') return end;
    while (source[end] === '`') end++;
    j = end - 1;
  }
  // No closing run: the backticks are literal text.
  return run;
}

/** Where a fenced code block that opens at `i` with `fence` ends (its closing line, or the end). */
function fencedBlockEnd(source: string, i: number, fence: string): number {
  const closing = new RegExp(`\\n {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*(?:\\n|$)`, 'g');
  closing.lastIndex = source.indexOf('\n', i);
  if (closing.lastIndex < 0) return source.length;
  const match = closing.exec(source);
  return match ? match.index + match[0].length : source.length;
}

/**
 * Undoes, in a formula, the markdown escapes that the archive's authors wrote for the old site
 * (its markdown ran over the TeX): "a\_{i}" meant a_{i}, "\*" *, "\left\(" \left(, "\\\\" a line
 * break (\\), "\\{" a literal brace \{, "\\textbf" \textbf. "\{" stays a literal brace unless a
 * plain "}" closes it ("L_\{i}": a group). TeX's own escapes (\{ \| \, \% …) are kept.
 */
export function unescapeMath(raw: string): string {
  // Control characters (a form feed in QRNN's, from a mis-escaped JSON "\f") are no TeX.
  const tex = raw.replace(CONTROL, '');
  let out = '';
  for (let i = 0; i < tex.length; i++) {
    const c = tex[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = tex[i + 1] ?? '';
    const after = tex[i + 2] ?? '';
    if (next === '\\') {
      if (after === '\\' && tex[i + 3] === '\\') {
        out += '\\\\';
        i += 3;
      } else if (after === '{' || after === '}' || /[A-Za-z]/.test(after)) {
        out += '\\';
        i += 1;
      } else {
        out += '\\\\';
        i += 1;
      }
    } else if ('_*()[]'.includes(next) && next !== '') {
      out += next;
      i += 1;
    } else if (next === '{') {
      out += closesAsGroup(tex, i + 2) ? '{' : '\\{';
      i += 1;
    } else {
      out += c + next;
      i += 1;
    }
  }
  return out;
}

/** Whether the "\{" before `from` is closed by a plain "}" (a group) rather than by "\}". */
function closesAsGroup(tex: string, from: number): boolean {
  let depth = 0;
  for (let j = from; j < tex.length; j++) {
    const c = tex[j];
    if (c === '\\') {
      if (tex[j + 1] === '}' && depth === 0) return false;
      j++;
    } else if (c === '{') {
      depth++;
    } else if (c === '}') {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}
