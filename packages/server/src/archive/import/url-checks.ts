import { links, name, type JsonObject, type Link } from '../records/fields';
import { isWebUrl } from '../records/web-url';
import { note, type FileReport } from '../report/file-report';

// Report reasons; every URL from the archive that is not http(s) is counted under one of them
// (or, for repositories, under the links file's skip reason).
export const URL_KEPT_AS_TEXT = 'URL field that is not an http(s) URL (stored as text, never a link)';
export const LINK_LEFT_OUT = 'link that is not an http(s) URL (left out)';

/** Notes the URL fields of a record that are not http(s) URLs; their text is still stored as published. */
export function noteNonWebUrls(report: FileReport, record: JsonObject, fields: readonly string[], label: string): void {
  for (const field of fields) {
    const url = name(record[field]);
    if (url !== null && !isWebUrl(url)) note(report, URL_KEPT_AS_TEXT, `${label} ${field}: ${url}`);
  }
}

/** The {title, url} links of a list whose URL is http(s); the others are noted and left out. */
export function webLinks(report: FileReport, value: unknown, label: string): Link[] {
  return links(value).filter((link) => {
    if (isWebUrl(link.url)) return true;
    note(report, LINK_LEFT_OUT, `${label}: ${link.url}`);
    return false;
  });
}
