import { type NcDetail, ncSourceNames } from '../../../contract/nonconformities.ts';
import type { OfficialPaper, PaperBlock } from '../../platform/papers/official-paper.ts';
import { paperDate, type ReportIssuer, reportFrame } from '../../platform/papers/report-frame.ts';

const causes: Record<string, string> = {
  people: 'Con người',
  method: 'Phương pháp, cách làm',
  document: 'Tài liệu, quy trình',
  equipment: 'Trang thiết bị',
  environment: 'Môi trường làm việc',
  management: 'Quản lý, điều hành',
};
const kinds: Record<string, string> = {
  correction: 'Khắc phục tức thời',
  corrective: 'Hành động khắc phục',
  improvement: 'Cải tiến',
  revise_document: 'Sửa đổi tài liệu',
};
const decisions: Record<string, string> = {
  correct_only: 'Chỉ khắc phục tức thời',
  corrective_action: 'Thực hiện hành động khắc phục',
};

const para = (text: string): PaperBlock => ({ kind: 'paragraph', text });

/**
 * Phiếu yêu cầu hành động khắc phục: one nonconformity from what was found to whether the
 * actions worked, issued by its unit in the shared layout of Nghị định 30/2020. Signatures
 * given in eiso are printed as electronic confirmations, with who and when.
 */
export function correctiveActionForm(nc: NcDetail, issuer: ReportIssuer, today: string): OfficialPaper {
  const frame = reportFrame(issuer, { date: today });
  const code = issuer.unitCode ? `YCKP-${issuer.unitCode.toLocaleUpperCase('vi')}` : 'YCKP';
  const body: PaperBlock[] = [
    { kind: 'heading', text: '1. Sự không phù hợp' },
    para(`Số: ${nc.code}. Nguồn: ${ncSourceNames[nc.source].vi}${nc.origin ? ` (${nc.origin.label})` : ''}.`),
    para(
      `Đơn vị: ${nc.unitName}. Ngày phát hiện: ${paperDate(nc.detectedOn)}. Người phát hiện: ${nc.detectedByName}. Mức độ: ${nc.grade === 'major' ? 'nặng' : 'nhẹ'}.`,
    ),
    para(`Nội dung: ${nc.description}`),
    para(
      `Yêu cầu không được đáp ứng: ${nc.requirement}${nc.clause ? ` (điều khoản ${nc.clause} TCVN ISO 9001:2015)` : ''}.`,
    ),
    { kind: 'heading', text: '2. Khắc phục tức thời' },
    para(
      nc.correction
        ? `${nc.correction.what} — ${nc.correction.byName}, ngày ${paperDate(nc.correction.on)}.`
        : 'Không có.',
    ),
    { kind: 'heading', text: '3. Nguyên nhân' },
    ...(nc.whys.length
      ? nc.whys.map((why, i) => para(`Tại sao ${i + 1}: ${why}`))
      : [para('Chưa phân tích.')]),
    ...(nc.causeCategories.length
      ? [para(`Nhóm nguyên nhân: ${nc.causeCategories.map((c) => causes[c] ?? c).join('; ')}.`)]
      : []),
    ...(nc.extent ? [para(`Phạm vi ảnh hưởng: ${nc.extent}`)] : []),
    ...(nc.decision ? [para(`Quyết định: ${decisions[nc.decision]}.`)] : []),
    { kind: 'heading', text: '4. Kế hoạch và kết quả thực hiện' },
    ...(nc.actions.length
      ? [
          {
            kind: 'table' as const,
            columns: [
              { header: 'TT', width: 7 },
              { header: 'Hành động', width: 29, align: 'left' as const },
              { header: 'Người phụ trách, đơn vị', width: 20, align: 'left' as const },
              { header: 'Hạn', width: 14 },
              { header: 'Kết quả, bằng chứng', width: 30, align: 'left' as const },
            ],
            rows: nc.actions.map((a, i) => [
              String(i + 1),
              `${kinds[a.kind]}: ${a.description}`,
              `${a.ownerName}, ${a.ownerUnitName}`,
              paperDate(a.dueDate),
              (a.state === 'done'
                ? `${a.evidence ?? ''} (xong ngày ${paperDate(a.doneOn as string)})`
                : a.state === 'cancelled'
                  ? 'Đã hủy'
                  : 'Đang thực hiện') + evidenceFiles(a.files),
            ]),
          },
        ]
      : [para('Chưa có hành động.')]),
    ...(nc.planApprovedByName
      ? [
          para(
            `Kế hoạch được phê duyệt bởi: ${nc.planApprovedByName} (xác nhận điện tử, xác thực bằng mật khẩu).`,
          ),
        ]
      : []),
    { kind: 'heading', text: '5. Xác nhận hiệu quả' },
    para(
      nc.verification
        ? `${nc.verification.effective ? 'Có hiệu quả' : 'Chưa có hiệu quả'}${nc.verification.note ? `: ${nc.verification.note}` : ''} — ${nc.verification.byName}, ngày ${paperDate(nc.verification.on)} (xác nhận điện tử, xác thực bằng mật khẩu).`
        : nc.verifiableFrom
          ? `Chờ xác nhận, từ ngày ${paperDate(nc.verifiableFrom)}.`
          : 'Chưa đến bước xác nhận.',
    ),
  ];
  return {
    title: `Phiếu yêu cầu hành động khắc phục ${nc.code}`,
    head: { ...frame.head, number: String(Number(nc.code.split('-').at(-1))).padStart(3, '0'), code },
    kind: 'PHIẾU YÊU CẦU HÀNH ĐỘNG KHẮC PHỤC',
    subject: [nc.title],
    body,
    foot: {
      ...frame.foot,
      recipients: ['Thư ký ISO (để theo dõi)', ...(nc.actions.length ? ['Người phụ trách hành động'] : [])],
    },
  };
}

/** The evidence files of an action, and where the records keep them ("Tệp: … (lưu tại hồ sơ …)"). */
function evidenceFiles(files: NcDetail['actions'][number]['files']) {
  if (files.length === 0) return '';
  return `. Tệp: ${files
    .map((f) => (f.recordFile ? `${f.fileName} (lưu tại hồ sơ ${f.recordFile.fileCode})` : f.fileName))
    .join('; ')}`;
}
