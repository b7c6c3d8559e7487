/**
 * The question bank every agency starts with: questions on the main clauses 4–10 of
 * TCVN ISO 9001:2015, worded for a state agency applying the standard under Quyết định
 * 19/2014/QĐ-TTg (Nghị định 31/2024). The secretariat edits, adds and retires them.
 */
export const defaultQuestions: Array<{ clause: string; question: string }> = [
  {
    clause: '4.1',
    question:
      'Đơn vị đã xác định các vấn đề nội bộ và bên ngoài ảnh hưởng đến việc đạt kết quả dự kiến của hệ thống quản lý chất lượng chưa? Các vấn đề này có được theo dõi, xem xét định kỳ không?',
  },
  {
    clause: '4.4',
    question:
      'Các quá trình của đơn vị (đầu vào, đầu ra, trình tự, trách nhiệm, tiêu chí kiểm soát) đã được xác định và duy trì bằng thông tin dạng văn bản chưa?',
  },
  {
    clause: '5.1',
    question:
      'Lãnh đạo đơn vị thể hiện sự lãnh đạo và cam kết đối với hệ thống quản lý chất lượng như thế nào (phân công, bố trí nguồn lực, chỉ đạo áp dụng các quy trình)?',
  },
  {
    clause: '5.3',
    question:
      'Chính sách chất lượng có được phổ biến và thấu hiểu tại đơn vị không? Trách nhiệm và quyền hạn của các vị trí liên quan đã được phân công và thông báo chưa?',
  },
  {
    clause: '6.1',
    question:
      'Đơn vị đã xác định các rủi ro và cơ hội cần giải quyết và hoạch định hành động đối với chúng chưa?',
  },
  {
    clause: '6.2',
    question:
      'Mục tiêu chất lượng của đơn vị có được thiết lập, đo lường được và theo dõi không? Kế hoạch thực hiện nêu rõ công việc, nguồn lực, người chịu trách nhiệm, thời hạn và cách đánh giá kết quả chưa?',
  },
  {
    clause: '7.2',
    question:
      'Người thực hiện công việc có đủ năng lực trên cơ sở giáo dục, đào tạo, kinh nghiệm phù hợp không? Có bằng chứng về năng lực được lưu giữ không?',
  },
  {
    clause: '7.5',
    question:
      'Tài liệu đang dùng tại nơi làm việc có phải là phiên bản hiện hành không? Hồ sơ có được lập, lưu giữ, bảo vệ theo danh mục hồ sơ và thời hạn bảo quản đã quy định không?',
  },
  {
    clause: '8.2',
    question:
      'Yêu cầu của tổ chức, cá nhân đối với dịch vụ hành chính công có được xác định, xem xét trước khi tiếp nhận hồ sơ và thông tin đầy đủ cho người yêu cầu không?',
  },
  {
    clause: '8.5',
    question:
      'Công việc có được thực hiện đúng trình tự, đúng người thực hiện, đúng thời hạn và có kết quả đầu ra như quy trình quy định không?',
  },
  {
    clause: '8.7',
    question:
      'Đầu ra không phù hợp (hồ sơ trễ hạn, sai sót) có được nhận biết, kiểm soát, xử lý và lưu hồ sơ về việc xử lý không?',
  },
  {
    clause: '9.1',
    question:
      'Đơn vị có theo dõi, đo lường, phân tích và đánh giá kết quả thực hiện các quá trình và mức độ hài lòng của tổ chức, cá nhân không?',
  },
  {
    clause: '9.2',
    question: 'Các phát hiện của lần đánh giá nội bộ trước đã được đơn vị xử lý và kiểm tra hiệu lực chưa?',
  },
  {
    clause: '9.3',
    question: 'Các quyết định của cuộc họp xem xét của lãnh đạo liên quan đến đơn vị đã được thực hiện chưa?',
  },
  {
    clause: '10.2',
    question:
      'Khi xảy ra sự không phù hợp, đơn vị có phân tích nguyên nhân, thực hiện hành động khắc phục và xem xét hiệu lực của hành động đó không?',
  },
  {
    clause: '10.3',
    question:
      'Đơn vị có xác định và thực hiện các cơ hội cải tiến thường xuyên hệ thống quản lý chất lượng không?',
  },
];
