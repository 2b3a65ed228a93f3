export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  json: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[]; extensions?: any };
}

/** POSTs (or sends as given) to the server and keeps everything a client would see. */
export async function send(url: string, init: RequestInit): Promise<RawResponse> {
  const response = await fetch(url, init);
  const text = await response.text();
  let json: RawResponse['json'] = {};
  try {
    json = JSON.parse(text) as RawResponse['json'];
  } catch {
    // Left empty: the assertions say what was expected instead.
  }
  return { status: response.status, headers: response.headers, text, json };
}

export function postJson(url: string, body: unknown): Promise<RawResponse> {
  return send(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** What must never reach a client: stack frames, file paths, SQL. */
export const LEAKS = /\bat \S+ \(|node_modules|\/work\/|\/home\/|\/root\/|\.ts:\d+|\.js:\d+|SELECT |FROM "|relation "/;

export function errorCodes(response: RawResponse): string[] {
  return (response.json.errors ?? []).map((e) => String(e.extensions?.code));
}
