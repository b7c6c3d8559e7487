import type { MeetingDetail } from '../../../contract/steering.ts';
import type { OfficialPaper, PaperBlock } from '../../platform/papers/official-paper.ts';
import { DEFAULT_PLACE, leadershipOf, paperDate } from '../../platform/papers/report-frame.ts';
import { todayInVietnam } from '../../platform/time.ts';

const para = (text: string): PaperBlock => ({ kind: 'paragraph', text });
const NOTICE_CODE = 'TB-BCĐ';

/** "245/TB-BCĐ" → number 245, code TB-BCĐ; none yet: the number left for the văn thư. */
function numberOf(noticeRef: string | null): { number: string | null; code: string } {
  const ref = noticeRef?.trim();
  if (!ref) return { number: null, code: NOTICE_CODE };
  const slash = ref.indexOf('/');
  if (slash < 0) return { number: ref, code: NOTICE_CODE };
  return { number: ref.slice(0, slash), code: ref.slice(slash + 1) || NOTICE_CODE };
}

/** The due day of a conclusion's directives (one per owner unit, made when the chair confirmed). */
function dueOf(c: MeetingDetail['conclusions'][number]): string {
  const days = [...new Set(c.directives.map((d) => d.dueDate))].sort();
  if (days.length) return days.map(paperDate).join(', ');
  return c.dueInWorkingDays ? `${c.dueInWorkingDays} ngày làm việc` : '';
}

/**
 * Thông báo kết luận of a concluded meeting of the Ban chỉ đạo ISO, on the shared official
 * paper (Nghị định 30/2020): the committee under the agency issues it with the number the
 * chair gave (noticeRef); the conclusions in their order; the directives with their owner
 * units, deadline and expected result; signed by the chair for the committee.
 */
export function noticePaper(m: MeetingDetail, o: { agencyName: string }): OfficialPaper {
  const directives = m.conclusions.filter((c) => c.isDirective);
  const chairName = m.signedBy?.name ?? m.chair.name;
  const signedOn = m.signedAt ? todayInVietnam(new Date(m.signedAt)) : null;
  return {
    title: `Thông báo kết luận — ${m.title}`,
    head: {
      issuer: [o.agencyName, 'Ban Chỉ đạo ISO'],
      ...numberOf(m.noticeRef),
      place: DEFAULT_PLACE,
      date: signedOn,
    },
    kind: 'THÔNG BÁO',
    subject: ['Kết luận của Trưởng Ban Chỉ đạo ISO', `tại cuộc họp ngày ${paperDate(m.meetingDate)}`],
    body: [
      para(
        `Ngày ${paperDate(m.meetingDate)}${m.place ? `, tại ${m.place}` : ''}, Ban Chỉ đạo ISO của ${o.agencyName} đã họp${m.kind === 'extraordinary' ? ' bất thường' : ' xem xét của lãnh đạo'} về tình hình áp dụng, duy trì, cải tiến hệ thống quản lý chất lượng từ ngày ${paperDate(m.periodFrom)} đến ngày ${paperDate(m.periodTo)}, do ${chairName} chủ trì. Sau khi nghe báo cáo và ý kiến của các thành viên, Trưởng Ban Chỉ đạo kết luận như sau:`,
      ),
      ...m.conclusions.map((c, i) => para(`${i + 1}. ${c.text.trim()}`)),
      ...(directives.length
        ? ([
            { kind: 'heading', text: 'CÁC NHIỆM VỤ GIAO ĐƠN VỊ THỰC HIỆN' },
            {
              kind: 'table',
              columns: [
                { header: 'TT', width: 6 },
                { header: 'Nội dung chỉ đạo', width: 34, align: 'left' },
                { header: 'Đơn vị chủ trì', width: 20, align: 'left' },
                { header: 'Thời hạn', width: 14 },
                { header: 'Kết quả cần đạt', width: 26, align: 'left' },
              ],
              rows: directives.map((c) => [
                String(m.conclusions.indexOf(c) + 1),
                c.text.trim(),
                c.unitNames.join('; '),
                dueOf(c),
                c.expectedResult ?? '',
              ]),
            },
            para(
              'Các đơn vị báo cáo kết quả thực hiện kèm bằng chứng trên eiso trước thời hạn; Thư ký ISO theo dõi, tổng hợp báo cáo Ban Chỉ đạo tại cuộc họp kế tiếp.',
            ),
          ] satisfies PaperBlock[])
        : []),
    ],
    foot: {
      recipients: [
        leadershipOf(o.agencyName),
        'Thành viên Ban Chỉ đạo ISO',
        ...new Set(directives.flatMap((c) => c.unitNames).filter(Boolean)),
      ],
      archive: 'Lưu: VT, Thư ký ISO',
      signer: { authority: 'TM. Ban Chỉ đạo ISO', position: 'Trưởng ban', name: chairName },
    },
  };
}
