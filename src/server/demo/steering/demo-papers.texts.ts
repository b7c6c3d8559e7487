// The secretariat's narratives around the figures of the demo's review papers, in the
// words of the ministry's own report of its ISO steering committee meeting of 26/12/2017
// (the seed). No dates and no round numbers: the story moves to the load day, and
// only "năm 2017" / "năm 2018" move with it (the papers' years follow their moved days).
import type { NarrativeKey } from '../../../contract/steering-reports.ts';

type Narratives = Partial<Record<NarrativeKey, string>>;

/** The input pack of the year-end meeting (ISO 9001 9.3.2), as Vụ Khoa học và Công nghệ reported it. */
export const meetingPackNarratives: Narratives = {
  directives:
    'Các kết luận của Ban chỉ đạo ISO năm trước về việc chuyển đổi Hệ thống quản lý chất lượng sang Tiêu chuẩn quốc gia TCVN ISO 9001:2015 và xây dựng quy trình cho các nhiệm vụ mới đã được các đơn vị thực hiện; kết quả nêu tại các mục về tài liệu và đánh giá nội bộ dưới đây. Từ cuộc họp này, các kết luận, chỉ đạo của Ban chỉ đạo được giao và theo dõi trên eiso.',
  changes:
    'Các đơn vị đã cập nhật, cải tiến quy trình khi chức năng, nhiệm vụ, cơ cấu tổ chức và văn bản quy phạm pháp luật liên quan đến quy trình thay đổi; tài liệu hệ thống đã được chuyển đổi theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015. Quy trình cấp giấy phép bưu chính được sửa đổi theo Quyết định số 45/2016/QĐ-TTg về tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích.',
  feedback:
    'Phản ánh, kiến nghị của tổ chức, cá nhân về việc giải quyết công việc được ghi nhận là sự không phù hợp và giao đơn vị chủ trì xử lý; số liệu nêu trong bảng.',
  objectives:
    'Mục tiêu chất lượng của các đơn vị đã được kiểm soát và duy trì trong quá trình triển khai thực hiện; kết quả từng chỉ số được theo dõi theo kỳ.',
  cases:
    'Các quy trình nghiệp vụ được áp dụng trên phần mềm, theo dõi được thời hạn giải quyết của từng bước; cán bộ khi thực hiện công việc đều tuân thủ đúng quy trình đã quy định.',
  records:
    'Nhiều đơn vị đã thực hiện kiểm soát tốt hồ sơ công việc bằng công cụ danh mục hồ sơ. Tuy nhiên, phần lớn cán bộ trong Khối cơ quan Bộ chưa thiết lập được việc quản lý hồ sơ bằng cách lập danh mục ngay từ khi bắt đầu công việc; nhiều hồ sơ chỉ được tập hợp khi công việc đã kết thúc.',
  documents:
    'Các đơn vị đã tổ chức rà soát, hoàn thành việc cải tiến 5 tài liệu, quy trình hệ thống và 25 quy trình nghiệp vụ. Vụ Khoa học và Công nghệ đã trình Lãnh đạo Bộ phê duyệt 2 tài liệu hệ thống và 11 quy trình nghiệp vụ do Văn phòng Bộ chủ trì cải tiến. Đã xây dựng mới 10 quy trình nghiệp vụ, gồm 2 quy trình của Vụ Tổ chức cán bộ, 2 quy trình của Vụ Bưu chính và 6 quy trình của Vụ Công nghệ thông tin.',
  nonconformities:
    'Các điểm không phù hợp phát hiện qua đánh giá nội bộ đã được giao đơn vị phân tích nguyên nhân, lập và thực hiện hành động khắc phục; Thư ký ISO theo dõi và xác nhận hiệu quả khi các hành động hoàn thành.',
  audits:
    'Đoàn đánh giá nội bộ đã đánh giá các quy trình hệ thống và quy trình nghiệp vụ tại 11 đơn vị Khối cơ quan Bộ. Công tác triển khai Hệ thống quản lý chất lượng được duy trì; các cán bộ khi thực hiện công việc đều tuân thủ đúng quy trình đã quy định; các đơn vị đã cập nhật cải tiến quy trình khi chức năng, nhiệm vụ, cơ cấu tổ chức và văn bản quy phạm pháp luật liên quan thay đổi.',
  resources:
    'Mỗi đơn vị đã cử cán bộ đầu mối ISO; đội ngũ chuyên gia đánh giá nội bộ được bổ sung và tập huấn về Tiêu chuẩn quốc gia TCVN ISO 9001:2015. Phần mềm quản lý hệ thống được đưa vào sử dụng để theo dõi tài liệu, hồ sơ và tiến độ giải quyết công việc.',
  risks:
    'Các đơn vị đã nhận diện rủi ro và cơ hội của từng quy trình theo quy trình hệ thống về quản lý rủi ro và cơ hội; hiệu lực của các biện pháp sẽ được xem xét trong năm 2018.',
  improvement:
    'Nghiêm túc, nhất quán thực hiện các quy định đã ban hành, đặc biệt là quy trình xử lý công việc; công khai các mục tiêu chất lượng; thực hiện kiểm tra chéo và đánh giá nội bộ công tác triển khai Hệ thống quản lý chất lượng giữa các đơn vị; lập hồ sơ theo danh mục ngay từ khi bắt đầu công việc.',
};

/** The annual report (QĐ 19/2014 Phụ lục II), written after the meeting with its conclusions. */
export const annualReportNarratives: Narratives = {
  ...meetingPackNarratives,
  directives:
    'Cuộc họp Ban chỉ đạo ISO cuối năm do Thứ trưởng Phan Tâm chủ trì đã kết luận và giao các đơn vị thực hiện trong năm 2018: nghiêm túc, nhất quán thực hiện các quy trình đã ban hành; công khai mục tiêu chất lượng; kiểm tra chéo và đánh giá nội bộ giữa các đơn vị. Tình hình thực hiện từng chỉ đạo được theo dõi trên eiso.',
  assessment:
    'Năm 2017, Khối cơ quan Bộ tiếp tục duy trì, cải tiến Hệ thống quản lý chất lượng và chuyển đổi sang Tiêu chuẩn quốc gia TCVN ISO 9001:2015. Công tác triển khai Hệ thống quản lý chất lượng được duy trì, các cán bộ khi thực hiện công việc đều tuân thủ đúng quy trình đã quy định; mục tiêu chất lượng của các đơn vị đã được kiểm soát.\nBan chỉ đạo ISO đánh giá cao công tác triển khai Hệ thống quản lý chất lượng của Khối cơ quan Bộ; nguyên nhân của việc thực hiện nghiêm túc là nhận thức của lãnh đạo và cán bộ về hiệu quả của Hệ thống quản lý chất lượng đã được nâng cao.',
  difficulties:
    'Phần lớn cán bộ trong Khối cơ quan Bộ chưa thiết lập được việc quản lý hồ sơ bằng cách lập danh mục ngay từ khi bắt đầu công việc.\nMột số quy trình đã cải tiến còn chờ Lãnh đạo Bộ phê duyệt nên chưa được áp dụng thống nhất; việc kiểm tra chéo giữa các đơn vị chưa được thực hiện thường xuyên.',
  proposals:
    'Các đơn vị nghiêm túc, nhất quán thực hiện các quy định đã ban hành, đặc biệt là quy trình xử lý công việc; công khai các mục tiêu chất lượng; thực hiện kiểm tra chéo và đánh giá nội bộ công tác triển khai Hệ thống quản lý chất lượng giữa các đơn vị trong năm 2018.\nĐề nghị Bộ Khoa học và Công nghệ tiếp tục hướng dẫn, tập huấn về Tiêu chuẩn quốc gia TCVN ISO 9001:2015 cho cán bộ đầu mối ISO và chuyên gia đánh giá nội bộ.',
};
