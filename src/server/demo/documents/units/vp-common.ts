// What Văn phòng Bộ's 2017 revisions share: the internal audit's finding and the step that
// opens the work file from the records catalogue when work starts.
import { step } from '../plan.ts';

export const auditFinding =
  'Thực hiện kết luận đánh giá nội bộ ngày 07/11/2017 (mở hồ sơ công việc từ Danh mục hồ sơ ngay khi bắt đầu công việc)';
export const recordControl = { code: 'QT-HT-02', text: 'Quy trình kiểm soát hồ sơ (QT-HT-02)' };

/** The step inserted after `after`: open the work file in the software as soon as work is assigned. */
export const openFile = (after: string, who: string) => ({
  after,
  step: step(
    `${after}a`,
    who,
    'Mở hồ sơ công việc trên phần mềm từ Danh mục hồ sơ ngay khi được giao việc.',
    0.5,
    'Hồ sơ công việc',
  ),
});

/** Submitted to the leadership on `done` (December 2017), not approved by 25/12/2017. */
export const submitted = (done: string) => ({ reaches: 'submitted' as const, done });
