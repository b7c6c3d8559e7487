/** Why a signing step is refused by segregation of duties; vi.ts and en.ts include them under "duties". */
export const dutiesVi = {
  self_approval:
    'Bạn là người soạn thảo (lập) bản này nên không được tự xác nhận xem xét, kiểm tra hay phê duyệt; việc này phải do người khác thực hiện.',
  same_signer:
    'Bạn đã xác nhận một bước khác của bản này; mỗi người chỉ xác nhận một bước, nên bước này phải do người khác thực hiện.',
  title: 'Phân tách nhiệm vụ',
};
