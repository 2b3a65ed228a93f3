/*
 * What a contributor types to name a paper on arXiv: an id (new style "2101.01234v2", old style
 * "hep-th/9901001") or the URL of its abs or pdf page. No network access: only the text is read.
 */

const NEW_STYLE = /^(\d{2})(0[1-9]|1[0-2])\.(\d{4,5})(?:v(\d+))?$/;
const OLD_STYLE = /^([a-z]+(?:-[a-z]+)*)(?:\.([a-z]{2}))?\/(\d{2})(0[1-9]|1[0-2])(\d{3})(?:v(\d+))?$/i;
const URL_PATH = /^\/(?:abs|pdf|html)\/(.+?)(?:\.pdf)?\/?$/i;
const ARXIV_HOSTS = new Set(['arxiv.org', 'www.arxiv.org', 'export.arxiv.org']);

/** An arXiv reference: the id without version, the version if given, and the canonical URLs. */
export interface ArxivRef {
  id: string;
  version: number | null;
  absUrl: string;
  pdfUrl: string;
}

/** Why a text is not an arXiv reference (for a field error). */
export type ArxivRefProblem =
  | 'empty'
  | 'not-arxiv-url' // a URL of another site: not an arXiv paper
  | 'not-an-id' // neither id shape
  | 'bad-month' // an id whose yymm is no month arXiv used for that style
  | 'bad-number'; // new style: 5-digit numbers only since 2015, 4-digit before

export type ArxivRefResult = { ok: true; ref: ArxivRef } | { ok: false; problem: ArxivRefProblem; message: string };

const PROBLEMS: Record<ArxivRefProblem, string> = {
  empty: 'is empty',
  'not-arxiv-url': 'is a URL, but not of an arxiv.org abs or pdf page',
  'not-an-id': 'is not an arXiv id (e.g. 2101.01234, 2101.01234v2, hep-th/9901001) or an arxiv.org URL',
  'bad-month': 'is not an arXiv id: no papers were numbered in that month',
  'bad-number': 'is not an arXiv id: 4-digit numbers until 2014, 5-digit from 2015',
};

const fail = (problem: ArxivRefProblem): ArxivRefResult => ({ ok: false, problem, message: PROBLEMS[problem] });

/** Parses an arXiv id or arxiv.org abs/pdf URL (versions kept apart); see ArxivRefProblem. */
export function parseArxivRef(text: string): ArxivRefResult {
  let candidate = text.trim();
  if (!candidate) return fail('empty');
  if (/^arxiv:/i.test(candidate)) candidate = candidate.slice(6).trim();
  if (/^(?:https?:\/\/|(?:www\.|export\.)?arxiv\.org\/)/i.test(candidate)) {
    // Host and path by hand: this package runs without the DOM's or Node's URL.
    const parts = /^(?:https?:\/\/)?([^/?#]+)(\/[^?#]*)?(?:[?#].*)?$/i.exec(candidate);
    const path = parts ? URL_PATH.exec(parts[2] ?? '') : null;
    if (!parts || !ARXIV_HOSTS.has(parts[1]!.toLowerCase()) || !path) return fail('not-arxiv-url');
    candidate = path[1]!;
  }
  const fresh = NEW_STYLE.exec(candidate);
  if (fresh) {
    const [, yy, mm, number, version] = fresh;
    const yymm = Number(yy) * 100 + Number(mm);
    if (yymm < 704) return fail('bad-month');
    if (yymm >= 1501 !== (number!.length === 5)) return fail('bad-number');
    return ok(`${yy}${mm}.${number}`, version);
  }
  const old = OLD_STYLE.exec(candidate);
  if (old) {
    const [, archive, subjectClass, yy, mm, number, version] = old;
    const year = Number(yy) >= 91 ? 1900 + Number(yy) : 2000 + Number(yy);
    const month = year * 100 + Number(mm);
    if (month < 199108 || month > 200703) return fail('bad-month');
    const prefix = archive!.toLowerCase() + (subjectClass ? `.${subjectClass.toUpperCase()}` : '');
    return ok(`${prefix}/${yy}${mm}${number}`, version);
  }
  return fail('not-an-id');
}

function ok(id: string, version: string | undefined): ArxivRefResult {
  return {
    ok: true,
    ref: {
      id,
      version: version === undefined ? null : Number(version),
      absUrl: `https://arxiv.org/abs/${id}`,
      pdfUrl: `https://arxiv.org/pdf/${id}`,
    },
  };
}
