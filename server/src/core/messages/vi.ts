import type { Messages } from './catalogue';

export const VI: Messages = {
  showTimeline: 'Xem quá trình công tác',
  lens: (name, mentions, files) => `${name}: ${mentions} lần nhắc đến trong ${files} bài`,
  fixAllInFile: (rule, count) => `Sửa tất cả lỗi “${rule}” trong tệp này (${count})`,
  fixAllOnSave: 'Sửa tất cả lỗi Report Lens trong tệp này',
  progressTitle: 'Report Lens: đang lập chỉ mục',
  progressListing: 'đang liệt kê bài viết',
  progressArticles: (done, total) => `${done}/${total} bài`,
};
