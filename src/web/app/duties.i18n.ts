/** Why a signing step is refused by segregation of duties; vi.ts and en.ts include them under "duties". */
export const dutiesVi = {
  self_approval:
    'Bạn là người soạn thảo (lập) bản này nên không được tự ký xem xét, kiểm tra hay phê duyệt; việc này phải do người khác thực hiện.',
  same_signer:
    'Bạn đã ký một bước khác của bản này; mỗi người chỉ ký một bước, nên bước này phải do người khác ký.',
  title: 'Phân tách nhiệm vụ',
};

export const dutiesEn: typeof dutiesVi = {
  self_approval:
    'You drafted (prepared) this, so you may not review, check or approve it yourself; someone else must.',
  same_signer:
    'You already signed another step of this; each person signs one step, so someone else must sign this one.',
  title: 'Segregation of duties',
};
