/**
 * The component's look. Every colour, the font and the corner radius are CSS custom properties
 * that the host page may set on `pwc-leaderboard` (they inherit into the shadow root). The defaults
 * follow the reader's system setting (`theme="auto"`, or no theme); `theme="light"` or `"dark"`
 * fixes them.
 */
const LIGHT =
  '--_bg:var(--pwc-bg,#fff);--_fg:var(--pwc-fg,#111827);--_muted:var(--pwc-muted,#4b5563);--_border:var(--pwc-border,#e5e7eb);--_accent:var(--pwc-accent,#1d4ed8);--_hl:var(--pwc-highlight,#fef3c7);--_stripe:var(--pwc-stripe,#f9fafb);--_error:var(--pwc-error,#b91c1c)';
const DARK =
  '--_bg:var(--pwc-bg,#111827);--_fg:var(--pwc-fg,#f3f4f6);--_muted:var(--pwc-muted,#9ca3af);--_border:var(--pwc-border,#374151);--_accent:var(--pwc-accent,#93c5fd);--_hl:var(--pwc-highlight,#422006);--_stripe:var(--pwc-stripe,#1f2937);--_error:var(--pwc-error,#fca5a5)';

export const STYLES = `
:host{display:block;${LIGHT};color-scheme:light;font:var(--pwc-font-size,14px)/1.45 var(--pwc-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);color:var(--_fg)}
:host([theme=dark]){${DARK};color-scheme:dark}
@media (prefers-color-scheme:dark){:host(:not([theme=light])){${DARK};color-scheme:dark}}
:host([hidden]){display:none}
.box{container-type:inline-size;background:var(--_bg);border:1px solid var(--_border);border-radius:var(--pwc-radius,8px);padding:12px;overflow:hidden}
.head{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:4px 12px;margin:0 0 8px}
.title{font-weight:600;font-size:1.05em;margin:0}
a{color:var(--_accent);text-decoration:none}
a:hover,a:focus-visible{text-decoration:underline}
a:focus-visible{outline:2px solid var(--_accent);outline-offset:1px;border-radius:2px}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
caption{text-align:left;color:var(--_muted);font-size:.9em;padding:0 0 6px}
th,td{padding:5px 8px;border-bottom:1px solid var(--_border);text-align:left;vertical-align:top}
thead th{font-size:.85em;color:var(--_muted);font-weight:600;white-space:nowrap}
tbody th{font-weight:500}
tbody tr:nth-child(even){background:var(--_stripe)}
tbody tr.hl{background:var(--_hl)}
.num{text-align:right;white-space:nowrap;width:1%}
td.paper{min-width:12em}
@container (max-width:520px){.opt{display:none}td.paper{min-width:0;overflow-wrap:anywhere}}
.spark{width:160px;height:36px;display:block}
.spark path{fill:none;stroke:var(--_accent);stroke-width:1.6}
.spark circle{fill:var(--_accent)}
.status{color:var(--_muted);margin:8px 0}
.error{color:var(--_error)}
.foot{margin-top:8px;font-size:.8em;color:var(--_muted);display:flex;flex-wrap:wrap;gap:2px 12px;justify-content:space-between}
[aria-busy=true]{opacity:.6}
@media (max-width:480px){th,td{padding:4px 5px}.box{padding:8px}}
`;
