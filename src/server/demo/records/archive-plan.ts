// Transfers to the agency archive (nộp lưu vào Lưu trữ cơ quan) in March 2018: files of
// work finished in 2016 and in the first quarter of 2017, received by the archivist of
// Văn phòng Bộ.
export const ARCHIVIST = 'vp.chuyenvien2';

export const transfers = [
  { unit: 'VP', date: '2018-03-15', finishedBy: '2017-03-31' },
  { unit: 'TCCB', date: '2018-03-20', finishedBy: '2017-03-31' },
  { unit: 'KHCN', date: '2018-03-27', finishedBy: '2017-03-31' },
] as const;

/** The 2016 files each transferring unit hands over (opened before its catalogues were in eiso). */
export const files2016 = [
  {
    title: 'Kế hoạch, báo cáo tổng kết công tác năm 2016',
    retentionYears: null,
    start: '2016-01-05',
    end: '2016-12-28',
  },
  {
    title: 'Kế hoạch, báo cáo công tác quý, 6 tháng, 9 tháng năm 2016',
    retentionYears: 20,
    start: '2016-01-05',
    end: '2016-12-23',
  },
  {
    title: 'Hồ sơ bình xét thi đua, khen thưởng năm 2016',
    retentionYears: 10,
    start: '2016-10-17',
    end: '2016-12-29',
  },
  {
    title: 'Hồ sơ đánh giá, xếp loại công chức năm 2016',
    retentionYears: 20,
    start: '2016-11-21',
    end: '2016-12-30',
  },
  { title: 'Tập lưu văn bản đi năm 2016', retentionYears: 20, start: '2016-01-04', end: '2016-12-30' },
] as const;
