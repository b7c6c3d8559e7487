// Chính sách chất lượng, mục tiêu chất lượng, sổ tay chất lượng of the ministry apparatus.
import { daysBefore } from '../days.ts';
import { decisions } from '../decisions.ts';
import type { DocumentPlan } from '../plan.ts';

const { system2015, objectives2017, system2017 } = decisions;

const policy2015 = `CHÍNH SÁCH CHẤT LƯỢNG

Lãnh đạo Bộ Thông tin và Truyền thông cam kết xây dựng, áp dụng, duy trì và cải tiến thường xuyên Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 đối với hoạt động quản lý nhà nước và giải quyết thủ tục hành chính của Khối cơ quan Bộ, nhằm:

1. Giải quyết công việc, thủ tục hành chính cho tổ chức, cá nhân đúng pháp luật, công khai, minh bạch và đúng thời hạn.
2. Không ngừng nâng cao năng lực chuyên môn, tinh thần trách nhiệm và đạo đức công vụ của đội ngũ cán bộ, công chức.
3. Đẩy mạnh ứng dụng công nghệ thông tin trong quản lý, điều hành và cung cấp dịch vụ công.
4. Lắng nghe ý kiến của tổ chức, cá nhân để không ngừng cải tiến cách thức phục vụ.

Phương châm hành động: CHUYÊN NGHIỆP – MINH BẠCH – HIỆU QUẢ.`;

const policy2017 = `CHÍNH SÁCH CHẤT LƯỢNG

Lãnh đạo Bộ Thông tin và Truyền thông cam kết xây dựng, áp dụng, duy trì và cải tiến thường xuyên Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 đối với hoạt động quản lý nhà nước và giải quyết thủ tục hành chính của Khối cơ quan Bộ, nhằm:

1. Giải quyết công việc, thủ tục hành chính cho tổ chức, cá nhân đúng pháp luật, công khai, minh bạch và đúng thời hạn; đáp ứng nhu cầu và mong đợi chính đáng của tổ chức, cá nhân và các bên quan tâm.
2. Nhận diện và kiểm soát rủi ro, tận dụng cơ hội trong mọi quá trình công việc; cải tiến liên tục hiệu lực của Hệ thống quản lý chất lượng.
3. Không ngừng nâng cao năng lực chuyên môn, tinh thần trách nhiệm và đạo đức công vụ của đội ngũ cán bộ, công chức.
4. Đẩy mạnh ứng dụng công nghệ thông tin, tiến tới quản lý hồ sơ, tài liệu và xử lý công việc trên môi trường mạng.
5. Lắng nghe ý kiến phản ánh của tổ chức, cá nhân để không ngừng cải tiến cách thức phục vụ.

Chính sách chất lượng được phổ biến đến toàn thể cán bộ, công chức Khối cơ quan Bộ, được công khai trên Cổng thông tin điện tử của Bộ và được xem xét định kỳ hằng năm tại cuộc họp xem xét của lãnh đạo.

Phương châm hành động: CHUYÊN NGHIỆP – MINH BẠCH – HIỆU QUẢ.`;

const objectives2017Body = `MỤC TIÊU CHẤT LƯỢNG NĂM 2017 CỦA KHỐI CƠ QUAN BỘ

Căn cứ Chính sách chất lượng, Lãnh đạo Bộ Thông tin và Truyền thông đặt ra các mục tiêu chất lượng năm 2017 như sau:

1. 100% hồ sơ thủ tục hành chính thuộc thẩm quyền giải quyết của Khối cơ quan Bộ được giải quyết đúng thời hạn quy định. Đo lường: hằng quý, theo số liệu của Bộ phận Một cửa. Chủ trì: Văn phòng Bộ.
2. Tối thiểu 95% văn bản đến có yêu cầu xử lý được giải quyết đúng thời hạn giao. Đo lường: hằng tháng, trên hệ thống quản lý văn bản và điều hành. Chủ trì: Văn phòng Bộ.
3. 100% quy trình được rà soát, cập nhật trong vòng 03 tháng kể từ ngày văn bản quy phạm pháp luật liên quan có hiệu lực. Đo lường: 6 tháng một lần. Chủ trì: các đơn vị; Vụ Khoa học và Công nghệ tổng hợp.
4. Tối thiểu 90% hồ sơ công việc được lập theo Danh mục hồ sơ năm 2017. Đo lường: qua đánh giá nội bộ. Chủ trì: các đơn vị; Văn phòng Bộ hướng dẫn.
5. Đánh giá nội bộ tại 100% đơn vị ít nhất 01 lần trong năm; 100% điểm không phù hợp được khắc phục đúng hạn. Đo lường: theo đợt đánh giá. Chủ trì: Vụ Khoa học và Công nghệ.
6. Tối thiểu 90% tổ chức, cá nhân được khảo sát hài lòng với việc giải quyết thủ tục hành chính. Đo lường: khảo sát 6 tháng một lần. Chủ trì: Văn phòng Bộ.
7. 100% cán bộ, công chức mới được phổ biến Chính sách chất lượng và các quy trình liên quan trong 30 ngày kể từ ngày nhận công tác. Chủ trì: Vụ Tổ chức cán bộ.

Các đơn vị xây dựng mục tiêu chất lượng của đơn vị phù hợp với mục tiêu chung, có kế hoạch thực hiện và báo cáo kết quả về Vụ Khoa học và Công nghệ trước ngày 15/12/2017.`;

const objectives2018Body = `MỤC TIÊU CHẤT LƯỢNG NĂM 2018 CỦA KHỐI CƠ QUAN BỘ

Thực hiện kết luận của Thứ trưởng Phan Tâm tại cuộc họp Ban chỉ đạo ISO ngày 26/12/2017, Lãnh đạo Bộ đặt ra các mục tiêu chất lượng năm 2018 như sau:

1. 100% hồ sơ thủ tục hành chính thuộc thẩm quyền giải quyết của Khối cơ quan Bộ được giải quyết đúng thời hạn quy định. Chủ trì: Văn phòng Bộ.
2. 100% cán bộ, công chức lập hồ sơ công việc theo Danh mục hồ sơ ngay khi bắt đầu công việc. Đo lường: hằng quý, trên phần mềm quản lý hồ sơ. Chủ trì: các đơn vị; Văn phòng Bộ hướng dẫn, kiểm tra.
3. 100% đơn vị công khai mục tiêu chất lượng của đơn vị và kết quả thực hiện. Chủ trì: các đơn vị.
4. Tổ chức kiểm tra chéo giữa các đơn vị và đánh giá nội bộ tại 100% đơn vị trong năm 2018. Chủ trì: Vụ Khoa học và Công nghệ.
5. 100% quy trình được cập nhật trong vòng 03 tháng khi chức năng, nhiệm vụ, cơ cấu tổ chức hoặc văn bản quy phạm pháp luật liên quan thay đổi. Chủ trì: các đơn vị.
6. Tối thiểu 92% tổ chức, cá nhân được khảo sát hài lòng với việc giải quyết thủ tục hành chính. Chủ trì: Văn phòng Bộ.`;

const units = `- Văn phòng Bộ;
- Thanh tra Bộ;
- Vụ Bưu chính;
- Vụ Công nghệ thông tin;
- Vụ Hợp tác quốc tế;
- Vụ Kế hoạch - Tài chính;
- Vụ Khoa học và Công nghệ (đơn vị thường trực Hệ thống quản lý chất lượng);
- Vụ Pháp chế;
- Vụ Quản lý doanh nghiệp;
- Vụ Thi đua - Khen thưởng;
- Vụ Tổ chức cán bộ.`;

const responsibilities = `3. TRÁCH NHIỆM VÀ QUYỀN HẠN
- Bộ trưởng: công bố Hệ thống quản lý chất lượng phù hợp tiêu chuẩn; chịu trách nhiệm về hiệu lực của hệ thống.
- Thứ trưởng phụ trách, Trưởng Ban chỉ đạo ISO: chỉ đạo xây dựng, áp dụng, duy trì và cải tiến hệ thống; chủ trì họp xem xét của lãnh đạo; phê duyệt tài liệu hệ thống và quy trình.
- Ban chỉ đạo ISO Khối cơ quan Bộ: giúp Lãnh đạo Bộ chỉ đạo, theo dõi, đôn đốc việc áp dụng hệ thống.
- Vụ Khoa học và Công nghệ (đơn vị thường trực, Thư ký ISO): quản lý Danh mục tài liệu, kiểm tra dự thảo tài liệu trước khi trình ký, tổ chức đánh giá nội bộ, tổng hợp báo cáo tình hình áp dụng.
- Thủ trưởng các đơn vị: chịu trách nhiệm về việc áp dụng hệ thống tại đơn vị; xem xét quy trình của đơn vị; phê duyệt Danh mục hồ sơ của đơn vị.
- Cán bộ đầu mối ISO của đơn vị: soạn thảo, cập nhật quy trình, mục tiêu chất lượng, Danh mục hồ sơ của đơn vị.
- Cán bộ, công chức: thực hiện công việc theo đúng quy trình; lập hồ sơ công việc.`;

const manual2015 = `SỔ TAY CHẤT LƯỢNG KHỐI CƠ QUAN BỘ THÔNG TIN VÀ TRUYỀN THÔNG

1. GIỚI THIỆU CHUNG
Bộ Thông tin và Truyền thông là cơ quan của Chính phủ, thực hiện chức năng quản lý nhà nước về báo chí; xuất bản; bưu chính; viễn thông; tần số vô tuyến điện; công nghệ thông tin, điện tử; phát thanh và truyền hình; thông tin đối ngoại; thông tin cơ sở; hạ tầng thông tin truyền thông; quản lý nhà nước các dịch vụ công trong các ngành, lĩnh vực thuộc phạm vi quản lý của Bộ theo Nghị định số 132/2013/NĐ-CP ngày 16/10/2013 của Chính phủ.

2. PHẠM VI ÁP DỤNG
Hệ thống quản lý chất lượng theo TCVN ISO 9001:2008 được áp dụng đối với hoạt động quản lý nhà nước và giải quyết thủ tục hành chính tại 11 đơn vị Khối cơ quan Bộ:
${units}
Các điều khoản không áp dụng: 7.3 (Thiết kế và phát triển) do trình tự, thủ tục giải quyết công việc đã được pháp luật quy định; 7.6 (Kiểm soát thiết bị theo dõi và đo lường) do hoạt động của Khối cơ quan Bộ không sử dụng thiết bị đo lường.

${responsibilities}

4. HỆ THỐNG TÀI LIỆU
Hệ thống tài liệu gồm: Chính sách chất lượng; Mục tiêu chất lượng hằng năm; Sổ tay chất lượng; 06 quy trình hệ thống bắt buộc (kiểm soát tài liệu, kiểm soát hồ sơ, đánh giá nội bộ, kiểm soát sản phẩm không phù hợp, hành động khắc phục, xem xét của lãnh đạo); các quy trình nghiệp vụ của từng đơn vị; biểu mẫu; tài liệu có nguồn gốc bên ngoài.`;

const manual2017 = `SỔ TAY CHẤT LƯỢNG KHỐI CƠ QUAN BỘ THÔNG TIN VÀ TRUYỀN THÔNG

1. GIỚI THIỆU CHUNG
Bộ Thông tin và Truyền thông là cơ quan của Chính phủ, thực hiện chức năng quản lý nhà nước về báo chí; xuất bản; bưu chính; viễn thông; tần số vô tuyến điện; công nghệ thông tin, điện tử; phát thanh và truyền hình, thông tin điện tử; thông tấn; thông tin đối ngoại; thông tin cơ sở; hạ tầng thông tin truyền thông quốc gia; quản lý nhà nước các dịch vụ công trong các ngành, lĩnh vực thuộc phạm vi quản lý của Bộ theo Nghị định số 17/2017/NĐ-CP ngày 17/02/2017 của Chính phủ.

2. BỐI CẢNH VÀ CÁC BÊN QUAN TÂM
Các vấn đề bên ngoài: yêu cầu cải cách hành chính, Chính phủ điện tử; văn bản quy phạm pháp luật thay đổi nhanh trong các lĩnh vực bưu chính, viễn thông, công nghệ thông tin; kỳ vọng của doanh nghiệp về thủ tục đơn giản, trực tuyến. Các vấn đề nội bộ: biên chế hạn chế; khối lượng văn bản lớn; mức độ ứng dụng công nghệ thông tin không đồng đều giữa các đơn vị.
Các bên quan tâm: tổ chức, cá nhân, doanh nghiệp thực hiện thủ tục hành chính; Chính phủ, Thủ tướng Chính phủ; các bộ, ngành, địa phương; các cơ quan, đơn vị thuộc Bộ; cán bộ, công chức Khối cơ quan Bộ.

3. PHẠM VI ÁP DỤNG
Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 được áp dụng đối với hoạt động quản lý nhà nước và giải quyết thủ tục hành chính tại 11 đơn vị Khối cơ quan Bộ:
${units}
Yêu cầu không áp dụng: 8.3 (Thiết kế và phát triển sản phẩm và dịch vụ) do trình tự, thủ tục giải quyết công việc đã được pháp luật quy định; 7.1.5 (Nguồn lực theo dõi và đo lường) do không sử dụng thiết bị đo lường để xác nhận sự phù hợp của kết quả giải quyết công việc.

${responsibilities.replace('3. TRÁCH NHIỆM', '4. TRÁCH NHIỆM')}

5. THÔNG TIN DẠNG VĂN BẢN
Gồm: Chính sách chất lượng; Mục tiêu chất lượng hằng năm; Sổ tay chất lượng; 07 quy trình hệ thống (kiểm soát tài liệu, kiểm soát hồ sơ, đánh giá nội bộ, kiểm soát đầu ra không phù hợp, hành động khắc phục, xem xét của lãnh đạo, quản lý rủi ro và cơ hội); các quy trình nghiệp vụ của từng đơn vị; biểu mẫu; tài liệu có nguồn gốc bên ngoài. Tài liệu và hồ sơ được quản lý trên phần mềm; bản giấy chỉ dùng khi pháp luật yêu cầu.

6. TƯƠNG TÁC GIỮA CÁC QUÁ TRÌNH
Các quá trình được vận hành theo chu trình Hoạch định – Thực hiện – Kiểm tra – Hành động: hoạch định (chính sách, mục tiêu, rủi ro và cơ hội) → thực hiện (quy trình nghiệp vụ, giải quyết thủ tục hành chính) → kiểm tra (theo dõi mục tiêu, đánh giá nội bộ, ý kiến của tổ chức, cá nhân) → hành động (khắc phục, cải tiến, xem xét của lãnh đạo).`;

const iso2015 = { code: 'TL-KHCN-03', text: 'TCVN ISO 9001:2015 Hệ thống quản lý chất lượng – Các yêu cầu' };
const qd19 = {
  code: 'TL-KHCN-01',
  text: 'Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ',
};
const tt26 = {
  code: 'TL-KHCN-02',
  text: 'Thông tư số 26/2014/TT-BKHCN ngày 10/10/2014 của Bộ Khoa học và Công nghệ',
};

export const systemDocuments: DocumentPlan[] = [
  {
    code: 'CS-01',
    type: 'quality_policy',
    title: 'Chính sách chất lượng',
    owner: 'KHCN',
    versions: [
      {
        kind: 'new',
        reason: 'Xây dựng Hệ thống quản lý chất lượng của Khối cơ quan Bộ theo Quyết định số 19/2014/QĐ-TTg.',
        content: { references: [qd19, tt26], body: policy2015 },
        requested: '2015-07-13',
        done: system2015.date,
        reaches: 'issued',
        decisionNo: system2015.no,
      },
      {
        kind: 'revise',
        reason: 'Chuyển đổi Hệ thống quản lý chất lượng sang TCVN ISO 9001:2015.',
        changeSummary:
          'Căn cứ TCVN ISO 9001:2015; bổ sung cam kết đáp ứng các bên quan tâm, quản lý rủi ro và cơ hội, xử lý công việc trên môi trường mạng; quy định việc phổ biến, công khai và xem xét chính sách.',
        content: { references: [qd19, tt26, iso2015], body: policy2017 },
        requested: '2017-02-13',
        done: system2017.date,
        reaches: 'issued',
        decisionNo: system2017.no,
      },
    ],
  },
  {
    code: 'MT-2017',
    type: 'quality_objectives',
    title: 'Mục tiêu chất lượng năm 2017',
    owner: 'KHCN',
    versions: [
      {
        kind: 'new',
        reason: 'Xây dựng mục tiêu chất lượng năm 2017 của Khối cơ quan Bộ.',
        content: {
          references: [{ code: 'CS-01', text: 'Chính sách chất lượng (CS-01)' }],
          body: objectives2017Body,
        },
        requested: '2016-11-14',
        done: objectives2017.date,
        reaches: 'issued',
        decisionNo: objectives2017.no,
        effective: '2017-01-01',
      },
    ],
  },
  {
    code: 'MT-2018',
    type: 'quality_objectives',
    title: 'Mục tiêu chất lượng năm 2018',
    owner: 'KHCN',
    versions: [
      {
        kind: 'new',
        reason:
          'Xây dựng mục tiêu chất lượng năm 2018 theo kết luận cuộc họp Ban chỉ đạo ISO ngày 26/12/2017.',
        content: {
          references: [{ code: 'CS-01', text: 'Chính sách chất lượng (CS-01)' }],
          body: objectives2018Body,
        },
        requested: '2018-01-02',
        done: '2018-01-19',
        reaches: 'secretariat_check',
        returns: [
          {
            at: 'review',
            comment:
              'Mục tiêu 2 cần nêu rõ cách đo (trên phần mềm quản lý hồ sơ) và tần suất báo cáo; bổ sung mục tiêu về công khai mục tiêu chất lượng của đơn vị theo chỉ đạo của Thứ trưởng.',
            before: (c) => ({
              ...c,
              body: objectives2018Body.replace(/\n3\. 100% đơn vị công khai[^\n]*/, ''),
            }),
          },
        ],
      },
    ],
  },
  {
    code: 'ST-01',
    type: 'manual',
    title: 'Sổ tay chất lượng',
    owner: 'VP',
    versions: [
      {
        kind: 'new',
        reason: 'Xây dựng Hệ thống quản lý chất lượng của Khối cơ quan Bộ theo Quyết định số 19/2014/QĐ-TTg.',
        content: {
          references: [qd19, tt26, { code: 'CS-01', text: 'Chính sách chất lượng (CS-01)' }],
          body: manual2015,
        },
        requested: '2015-07-13',
        done: system2015.date,
        reaches: 'issued',
        decisionNo: system2015.no,
      },
      {
        kind: 'revise',
        reason:
          'Cập nhật chức năng, nhiệm vụ của Bộ theo Nghị định số 17/2017/NĐ-CP; chuyển đổi sang TCVN ISO 9001:2015; thực hiện kết luận đánh giá nội bộ ngày 07/11/2017.',
        changeSummary:
          'Mục 1: căn cứ Nghị định 17/2017/NĐ-CP; bổ sung Mục 2 (bối cảnh, các bên quan tâm) và Mục 6 (tương tác giữa các quá trình); Mục 3: yêu cầu không áp dụng theo TCVN ISO 9001:2015; Mục 5: 07 quy trình hệ thống, quản lý tài liệu, hồ sơ trên phần mềm.',
        content: {
          references: [qd19, tt26, iso2015, { code: 'CS-01', text: 'Chính sách chất lượng (CS-01)' }],
          body: manual2017,
        },
        requested: daysBefore('2017-12-19', 30),
        done: '2017-12-19',
        reaches: 'submitted',
        returns: [
          {
            at: 'check',
            comment:
              'Đề nghị bổ sung lý do không áp dụng yêu cầu 7.1.5 và rà soát lại danh sách 07 quy trình hệ thống cho thống nhất với Danh mục tài liệu.',
            before: (c) => ({
              ...c,
              body: manual2017.replace(
                /; 7\.1\.5 \(Nguồn lực theo dõi và đo lường\)[^.]*\./,
                '; 7.1.5 (Nguồn lực theo dõi và đo lường).',
              ),
            }),
          },
        ],
      },
    ],
  },
];
