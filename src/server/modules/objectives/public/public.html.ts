import { indicatorStatusNames } from '../../../../contract/objectives.ts';
import { formatDate, formatNumber } from '../../../platform/format.ts';
import type { PublicPageModel } from './public.page.ts';

/*
 * The public page as one server-rendered HTML document: no script, no font or style from
 * elsewhere (works offline, behind the agency's own network), readable at 390 px, printable.
 */

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
const h = (strings: TemplateStringsArray, ...values: Array<string | number>) =>
  strings.reduce((out, s, i) => out + s + (i < values.length ? String(values[i]) : ''), '');

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 "Times New Roman",Tinos,serif;color:#1f1f1f;background:#fff}
main{max-width:960px;margin:0 auto;padding:16px}
header{border-bottom:2px solid #8b1a1a;padding-bottom:8px;margin-bottom:16px}
header p{margin:0;font-size:14px;color:#555}
h1{font-size:24px;margin:4px 0;color:#8b1a1a}
h2{font-size:20px;margin:24px 0 8px;border-bottom:1px solid #ddd}
h3{font-size:17px;margin:16px 0 4px}
.policy{white-space:pre-line;background:#faf7f0;padding:12px;border-left:4px solid #8b1a1a}
table{border-collapse:collapse;width:100%;margin:4px 0 12px}
th,td{border:1px solid #ccc;padding:6px;text-align:left;vertical-align:top}
th{background:#f2f2f2}
td.num{text-align:right;white-space:nowrap}
.met{color:#1f6f2b;font-weight:bold}.at_risk{color:#9a5b00;font-weight:bold}.missed{color:#b00020;font-weight:bold}
ul.procedures{list-style:none;padding:0;margin:0}
ul.procedures li{padding:8px 0;border-bottom:1px solid #eee;display:flex;gap:8px;justify-content:space-between;align-items:baseline}
a{color:#0b4f9c}
.muted{color:#666;font-size:14px}
footer{margin-top:24px;border-top:1px solid #ddd;padding-top:8px;font-size:14px;color:#555}
@media (max-width:600px){
  main{padding:12px}
  h1{font-size:20px}
  table,thead,tbody,tr,th,td{display:block}
  thead{display:none}
  tr{border:1px solid #ccc;margin-bottom:8px;padding:4px}
  td{border:0;padding:2px 4px}
  td.num{text-align:left}
  td[data-label]::before{content:attr(data-label) ": ";font-weight:bold}
  ul.procedures li{flex-direction:column}
}
@media print{a{color:#000;text-decoration:none}a.pdf{display:none}main{max-width:none;padding:0}}
`;

const statusCell = (status: keyof typeof indicatorStatusNames | null) =>
  status ? h`<span class="${status}">${indicatorStatusNames[status].vi}</span>` : '—';

const periodText = (start: string, end: string) => `${formatDate(start)} – ${formatDate(end)}`;

export function publicPageHtml(model: PublicPageModel): string {
  const base = `/public/${encodeURIComponent(model.agency.code)}`;
  const e = escapeHtml;
  const policy = model.policy
    ? h`<h3>${e(model.policy.code)} — ${e(model.policy.title)}</h3>
<p class="muted">Lần ban hành ${model.policy.issueNo}${model.policy.issueDate ? `, ngày ban hành ${formatDate(model.policy.issueDate)}` : ''} · <a class="pdf" href="${base}/documents/${model.policy.id}">Tải bản PDF</a></p>
<div class="policy">${e(model.policy.body)}</div>`
    : '<p class="muted">Chưa có chính sách chất lượng đang hiệu lực.</p>';
  const objectives = model.objectives.length
    ? model.objectives
        .map(
          (o) => h`<section class="objective">
<h3>${e(o.title)}</h3>
<p class="muted">${e(o.unitName ?? model.agency.name)} · Đánh giá: ${statusCell(o.status)}</p>
${
  o.indicators.length
    ? h`<table><thead><tr><th>Chỉ số</th><th>Chỉ tiêu</th><th>Kết quả gần nhất</th><th>Kỳ</th><th>Đánh giá</th></tr></thead><tbody>${o.indicators
        .map(
          (i) =>
            h`<tr><td data-label="Chỉ số">${e(i.name)}</td><td class="num" data-label="Chỉ tiêu">${i.direction === 'gte' ? '≥' : '≤'} ${formatNumber(i.target)} ${e(i.unit)}</td><td class="num" data-label="Kết quả">${i.latest ? `${formatNumber(i.latest.value)} ${e(i.unit)}` : '—'}</td><td data-label="Kỳ">${i.latest ? periodText(i.latest.periodStart, i.latest.periodEnd) : 'Chưa có kết quả'}</td><td data-label="Đánh giá">${statusCell(i.latest?.status ?? null)}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : ''
}
</section>`,
        )
        .join('\n')
    : '<p class="muted">Chưa có mục tiêu chất lượng được phê duyệt.</p>';
  const procedures = model.procedures.length
    ? h`<ul class="procedures">${model.procedures
        .map(
          (d) =>
            h`<li><span><strong>${e(d.code)}</strong> ${e(d.title)} <span class="muted">(lần ${d.issueNo}${d.effectiveDate ? `, hiệu lực từ ${formatDate(d.effectiveDate)}` : ''})</span></span><a class="pdf" href="${base}/documents/${d.id}" download>Tải PDF</a></li>`,
        )
        .join('')}</ul>`
    : '<p class="muted">Chưa có quy trình đang hiệu lực.</p>';
  const declaration = model.declaration
    ? h`<h2>Công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015</h2>
<p>${e(model.declaration.title)}${model.declaration.reference ? ` — ${e(model.declaration.reference)}` : ''}${model.declaration.issuedOn ? `, ngày ${formatDate(model.declaration.issuedOn)}` : ''}${model.declaration.pdf ? ` · <a class="pdf" href="${base}/declaration">Tải bản PDF</a>` : ''}</p>`
    : '';
  return h`<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Công khai hệ thống quản lý chất lượng — ${e(model.agency.name)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header>
<p>Công khai hệ thống quản lý chất lượng theo TCVN ISO 9001:2015</p>
<h1>${e(model.agency.name)}</h1>
</header>
<h2>Chính sách chất lượng</h2>
${policy}
${declaration}
<h2>Mục tiêu chất lượng năm ${model.year}</h2>
${objectives}
<h2>Danh mục quy trình đang áp dụng</h2>
${procedures}
<footer>Cập nhật lần cuối: ${model.updatedOn ? formatDate(model.updatedOn) : '—'}. Chỉ công khai các tài liệu đang hiệu lực và mục tiêu đã được phê duyệt.</footer>
</main>
</body>
</html>`;
}

/** The one answer for anything that is not public: the same page whatever the reason. */
export const NOT_FOUND_HTML = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Không tìm thấy</title></head>
<body style="font:16px/1.5 serif;max-width:640px;margin:40px auto;padding:0 16px">
<h1>Không tìm thấy trang</h1><p>Trang công khai này không tồn tại hoặc không được công bố.</p></body></html>`;
