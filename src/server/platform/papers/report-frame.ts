import { formatDate, formatDecimal, formatNumber, formatPercent } from '../format.ts';
import type { IssuedFoot, IssuedHead } from './letterhead.ts';

/** Who issues a report: what org's paperIssuer returns. */
export type ReportIssuer = {
  agencyName: string;
  unitName: string;
  unitCode: string;
  head: { fullName: string; position: string } | null;
};

/** The default địa danh; a deployment outside Hà Nội passes its own (?place=). */
export const DEFAULT_PLACE = 'Hà Nội';

/** "Lãnh đạo Bộ" for a ministry, "Lãnh đạo Sở" for a department, else the agency's leadership. */
export function leadershipOf(agencyName: string): string {
  const kind = agencyName.trim().split(/\s+/)[0];
  return ['Bộ', 'Sở', 'Cục'].includes(kind) ? `Lãnh đạo ${kind}` : 'Lãnh đạo cơ quan';
}

/**
 * The head and foot of a report the unit sends to the agency's leadership (a báo cáo, code
 * BC): issued by the unit under the agency, the number left for the văn thư, dated the day
 * it is produced, sent to leadership and the steering committee, signed by the unit's head.
 */
export function reportFrame(
  issuer: ReportIssuer,
  options: { place?: string; date: string; extraRecipients?: string[] },
): { head: IssuedHead; foot: IssuedFoot } {
  const code = issuer.unitCode ? `BC-${issuer.unitCode.toLocaleUpperCase('vi')}` : 'BC';
  return {
    head: {
      issuer: issuer.unitName ? [issuer.agencyName, issuer.unitName] : [issuer.agencyName],
      number: null,
      code,
      place: options.place?.trim() || DEFAULT_PLACE,
      date: options.date,
    },
    foot: {
      recipients: [
        `${leadershipOf(issuer.agencyName)} (để báo cáo)`,
        'Ban Chỉ đạo ISO',
        ...(options.extraRecipients ?? []),
      ],
      archive: `Lưu: VT${issuer.unitCode ? `, ${issuer.unitCode.toLocaleUpperCase('vi')}` : ''}`,
      signer: issuer.head
        ? { position: issuer.head.position, name: issuer.head.fullName }
        : { position: 'Thủ trưởng đơn vị', name: null },
    },
  };
}

/** A count as a paper prints it: 2.171 (the one formatting helper of exports, platform/format.ts). */
export const paperNumber = (n: number | null | undefined) => formatNumber(n);
/** A share 0–1 as a paper prints it: 81,2 %. */
export const paperPercent = (r: number | null | undefined) => formatPercent(r);
/** A decimal with one digit at most: 4,7. */
export const paperDecimal = (n: number | null | undefined) => formatDecimal(n, 1);
/** dd/mm/yyyy. */
export const paperDate = (iso: string) => formatDate(iso);
