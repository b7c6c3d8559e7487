/** A period as people say it: "Tháng 3/2026", "Quý I/2026", "6 tháng đầu năm 2026", "Năm 2026". */
export function periodLabel(start: string, end: string, lang: string) {
  const y = start.slice(0, 4);
  const m = Number(start.slice(5, 7));
  const months = Number(end.slice(5, 7)) - m + 1;
  const vi = lang !== 'en';
  if (months === 1) return vi ? `T${m}/${y}` : `${y}-${String(m).padStart(2, '0')}`;
  if (months === 3) return vi ? `Quý ${['I', 'II', 'III', 'IV'][(m - 1) / 3]}/${y}` : `Q${(m + 2) / 3} ${y}`;
  if (months === 6) return vi ? `6 tháng ${m === 1 ? 'đầu' : 'cuối'} năm ${y}` : `H${m === 1 ? 1 : 2} ${y}`;
  return vi ? `Năm ${y}` : y;
}
