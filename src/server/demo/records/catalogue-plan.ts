// What every unit's records catalogue holds besides its procedures' records, in the layout
// of Nghị định 30/2020 (headings numbered I, II…, sub-headings 1, 2… by position).
export type PlannedEntry = {
  title: (year: number) => string;
  /** Years; null = permanent (vĩnh viễn). */
  retentionYears: number | null;
  owner: 'officer' | 'handler';
  notes?: string;
  /** When in the year its file is opened and when the work it holds ends (MM-DD). */
  opens: string;
  ends: string;
};

export type PlannedHeading = { title: string; entries?: PlannedEntry[]; subheadings?: PlannedHeading[] };

export const generalHeading: PlannedHeading = {
  title: 'Hồ sơ tổng hợp',
  subheadings: [
    {
      title: 'Kế hoạch, báo cáo công tác',
      entries: [
        {
          title: (y) => `Kế hoạch, báo cáo tổng kết công tác năm ${y}`,
          retentionYears: null,
          owner: 'officer',
          opens: '01-09',
          ends: '12-29',
        },
        {
          title: (y) => `Kế hoạch, báo cáo công tác quý, 6 tháng, 9 tháng năm ${y}`,
          retentionYears: 20,
          owner: 'officer',
          opens: '03-20',
          ends: '12-15',
        },
        {
          title: (y) => `Báo cáo công tác tháng năm ${y}`,
          retentionYears: 5,
          owner: 'officer',
          opens: '01-25',
          ends: '12-25',
        },
      ],
    },
    {
      title: 'Hệ thống quản lý chất lượng',
      entries: [
        {
          title: (y) =>
            `Hồ sơ áp dụng, duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001 năm ${y} (mục tiêu chất lượng, rủi ro và cơ hội, kết quả thực hiện)`,
          retentionYears: 10,
          owner: 'officer',
          opens: '01-16',
          ends: '12-22',
        },
        {
          title: (y) => `Hồ sơ đánh giá nội bộ, xử lý sự không phù hợp và hành động khắc phục năm ${y}`,
          retentionYears: 5,
          owner: 'officer',
          opens: '10-16',
          ends: '12-27',
        },
      ],
    },
  ],
};

/** Heading II: a sub-heading per business procedure, its entries from the procedure's records to keep. */
export const professionalHeadingTitle = 'Hồ sơ chuyên môn, nghiệp vụ';

export const administrationHeading: PlannedHeading = {
  title: 'Hồ sơ tổ chức, hành chính',
  entries: [
    {
      title: (y) => `Hồ sơ bình xét thi đua, khen thưởng năm ${y}`,
      retentionYears: 10,
      owner: 'handler',
      opens: '10-16',
      ends: '12-28',
    },
    {
      title: (y) => `Hồ sơ đánh giá, xếp loại công chức năm ${y}`,
      retentionYears: 20,
      owner: 'handler',
      opens: '11-20',
      ends: '12-29',
    },
    {
      title: (y) => `Tập lưu văn bản đi năm ${y}`,
      retentionYears: 20,
      owner: 'handler',
      opens: '01-03',
      ends: '12-29',
      notes: 'Bản lưu tại đơn vị; bản gốc lưu tại Văn thư Bộ.',
    },
    {
      title: (y) => `Sổ theo dõi văn bản đến năm ${y}`,
      retentionYears: 5,
      owner: 'handler',
      opens: '01-03',
      ends: '12-29',
    },
  ],
};

/** The catalogues' lifecycle by year: 2018's of two units show "draft" and "approved". */
export const catalogueDays = {
  2017: { created: '2016-12-20', approved: '2017-01-04', issued: '2017-01-06' },
  2018: { created: '2017-12-26', approved: '2018-01-05', issued: '2018-01-09' },
} as const;
export const lateCatalogues2018: Record<string, { state: 'draft' | 'approved'; approved?: string }> = {
  TDKT: { state: 'draft' },
  QLDN: { state: 'approved', approved: '2018-01-19' },
};
