import type { TimelineResult } from './protocol';

/** The panel's words, in the user's language (the caller translates them). */
export interface TimelineStrings {
  readonly heading: string;
  readonly fromArticles: string;
  readonly fromKnowledge: string;
  readonly conflict: string;
  readonly present: string;
  readonly undated: string;
  readonly noPosts: string;
  readonly ambiguous: string;
  readonly source: string;
  readonly legend: string;
  /** An article's point when its narrative dates the posts: the year, then the article's date (or `undated`). */
  toldOn(year: number, date: string): string;
}

const DAY_MS = 86_400_000;

/**
 * The timeline panel's page: one row per title, the knowledge base's posts
 * as bars on a time axis and the articles as points on them, conflicts
 * marked; lists of both below with links to the mentions and the sources.
 * Everything is drawn here, as HTML with theme colours, so the page needs no
 * remote content; its one script (with the nonce) places the marks and
 * forwards clicks.
 */
export function timelineHtml(data: TimelineResult, strings: TimelineStrings, nonce: string, cspSource: string, today: string): string {
  const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
  const bars = data.posts.map((post, i) => {
    const start = post.start.earliest ?? post.start.latest;
    const end = post.end ? (post.end.latest ?? post.end.earliest) : today;
    return { i, post, from: start !== undefined ? dayOf(start) : undefined, to: end !== undefined ? dayOf(end) : undefined };
  });
  // Posts a history dates by the year it tells stand in the middle of that year.
  const when = (a: TimelineResult['articles'][number]) => (a.heldIn !== undefined ? dayOf(`${a.heldIn}-07-01`) : a.date ? dayOf(a.date) : undefined);
  const dateText = (a: TimelineResult['articles'][number]) => (a.heldIn !== undefined ? strings.toldOn(a.heldIn, a.date ?? strings.undated) : (a.date ?? strings.undated));
  const dated = data.articles.flatMap((a, i) => {
    const day = when(a);
    return day !== undefined ? [{ i, article: a, day }] : [];
  });
  const days = [...bars.flatMap((b) => [b.from, b.to]), ...dated.map((d) => d.day)].filter((d): d is number => d !== undefined);
  const min = days.length > 0 ? Math.min(...days) : dayOf(today);
  const max = days.length > 0 ? Math.max(...days) : min;
  // A margin on both sides keeps a lone point off the panel's edge.
  const pad = Math.max(30, (max - min) * 0.05);
  const lo = min - pad;
  const span = max + pad - lo;
  const x = (day: number) => `${(((day - lo) / span) * 100).toFixed(2)}%`;

  const titles: string[] = [];
  const addTitle = (t: string) => titles.includes(t) || titles.push(t);
  bars.forEach((b) => addTitle(b.post.title));
  dated.forEach((d) => d.article.titles.forEach(addTitle));

  const rows = titles.map((title) => {
    const rowBars = bars
      .filter((b) => b.post.title === title && b.from !== undefined)
      .map((b) => {
        const left = x(b.from!);
        const width = `${Math.max(0.5, ((b.to! - b.from!) / span) * 100).toFixed(2)}%`;
        const label = `${b.post.start.text} – ${b.post.end?.text ?? strings.present}`;
        return `<button class="bar" data-left="${left}" data-width="${width}" data-source="${esc(b.post.source ?? '')}" title="${esc(`${title}: ${label}`)}" aria-label="${esc(`${title}: ${label}`)}"></button>`;
      });
    const points = dated
      .filter((d) => d.article.titles.includes(title))
      .map((d) => {
        const conflict = d.article.conflicts.includes(title);
        const tip = `${dateText(d.article)} · ${d.article.file}${conflict ? ` · ${strings.conflict}` : ''}`;
        return `<button class="point${conflict ? ' conflict' : ''}" data-left="${x(d.day)}" data-open="${d.i}" title="${esc(tip)}" aria-label="${esc(`${title}: ${tip}`)}">${conflict ? '!' : ''}</button>`;
      });
    return `<div class="row"><div class="label">${esc(title)}</div><div class="track">${rowBars.join('')}${points.join('')}</div></div>`;
  });

  const firstYear = new Date(lo * DAY_MS).getUTCFullYear() + 1;
  const lastYear = new Date((lo + span) * DAY_MS).getUTCFullYear();
  const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 12));
  const ticks: string[] = [];
  for (let year = firstYear; year <= lastYear; year += step) ticks.push(`<span class="tick" data-left="${x(dayOf(`${year}-01-01`))}">${year}</span>`);

  const articleItems = data.articles.map((a, i) => {
    const conflicts = a.conflicts.length > 0 ? ` <span class="conflict-text">${esc(strings.conflict)}: ${esc(a.conflicts.join(', '))}</span>` : '';
    return `<li><a href="#" data-open="${i}">${esc(dateText(a))} · ${esc(a.file)}</a>: ${esc(a.titles.join('; '))}${conflicts}</li>`;
  });
  const postItems = data.posts.map((p) => {
    const source = p.source ? ` · <a href="#" data-source="${esc(p.source)}">${esc(strings.source)}: ${esc(hostOf(p.source))}</a>` : '';
    return `<li>${esc(p.title)}${p.term !== undefined ? ` (khóa ${p.term})` : ''}: ${esc(p.start.text)} – ${esc(p.end?.text ?? strings.present)}${source}</li>`;
  });
  const knowledge =
    postItems.length > 0 ? `<ul>${postItems.join('')}</ul>` : `<p>${esc(data.knowledgeNote === 'ambiguous' ? strings.ambiguous : strings.noPosts)}</p>`;

  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${esc(data.name)}</title>
<style nonce="${nonce}">
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 16px 16px; }
h1 { font-size: 1.4em; font-weight: 600; }
h2 { font-size: 1.1em; font-weight: 600; margin-top: 1.5em; }
.legend { opacity: 0.8; }
.chart { margin: 12px 0 4px; }
.row { display: flex; align-items: center; min-height: 26px; border-bottom: 1px solid var(--vscode-panel-border, transparent); }
.label { flex: 0 0 14em; padding-right: 8px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.track { position: relative; flex: 1; height: 22px; }
.axis { position: relative; margin-left: 14em; height: 18px; border-top: 1px solid var(--vscode-foreground); opacity: 0.8; }
.tick { position: absolute; transform: translateX(-50%); font-size: 0.85em; }
.bar { position: absolute; top: 6px; height: 10px; padding: 0; border: 1px solid var(--vscode-contrastBorder, transparent); border-radius: 3px; background: var(--vscode-charts-blue, var(--vscode-focusBorder)); opacity: 0.75; cursor: pointer; }
.point { position: absolute; top: 3px; width: 16px; height: 16px; margin-left: -8px; padding: 0; border: 2px solid var(--vscode-editor-background); border-radius: 50%; background: var(--vscode-charts-green, var(--vscode-foreground)); color: var(--vscode-editor-background); font-size: 10px; font-weight: 700; line-height: 12px; cursor: pointer; outline-offset: 1px; }
.point.conflict { background: var(--vscode-charts-red, var(--vscode-errorForeground)); }
.bar:focus, .point:focus { outline: 2px solid var(--vscode-focusBorder); }
.conflict-text { color: var(--vscode-errorForeground); }
a { color: var(--vscode-textLink-foreground); }
li { margin: 2px 0; }
</style>
</head>
<body>
<h1>${esc(strings.heading)}</h1>
<p class="legend">${esc(strings.legend)}</p>
<div class="chart">${rows.join('')}<div class="axis">${ticks.join('')}</div></div>
<h2>${esc(strings.fromArticles)}</h2>
<ul>${articleItems.join('')}</ul>
<h2>${esc(strings.fromKnowledge)}</h2>
${knowledge}
<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
// Positions are set from the script: the policy allows no inline style attributes.
for (const el of document.querySelectorAll('[data-left]')) {
  el.style.left = el.dataset.left;
  if (el.dataset.width) el.style.width = el.dataset.width;
}
document.addEventListener('click', (event) => {
  const target = event.target.closest('[data-open],[data-source]');
  if (!target) return;
  event.preventDefault();
  if (target.dataset.open !== undefined) vscode.postMessage({ open: Number(target.dataset.open) });
  else if (target.dataset.source) vscode.postMessage({ source: target.dataset.source });
});
</script>
</body>
</html>`;
}

function hostOf(url: string): string {
  return /^[a-z]+:\/\/(?:www\.)?([^/]+)/i.exec(url)?.[1] ?? url;
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
