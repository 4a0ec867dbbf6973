// Vietnamese by default, English on request; the choice is kept for the browser (localStorage).
export type Lang = 'vi' | 'en';

const vi = {
  title: 'SIPAS trực tiếp',
  subtitle: 'Chỉ số hài lòng về sự phục vụ hành chính',
  signInTitle: 'Đăng nhập bằng khóa API',
  signInHelp: 'Dán khóa do quản trị viên cấp (khóa quản trị quốc gia nằm trong tệp admin.key của thư mục dữ liệu). Khóa chỉ được giữ trong phiên làm việc của thẻ trình duyệt này.',
  keyLabel: 'Khóa API',
  signIn: 'Đăng nhập',
  signOut: 'Đăng xuất',
  badKey: 'Khóa không hợp lệ hoặc đã bị thu hồi.',
  serverDown: 'Không kết nối được máy chủ.',
  window: 'Khoảng thời gian',
  windows: { '1h': '1 giờ qua', '24h': '24 giờ qua', '7d': '7 ngày qua', '30d': '30 ngày qua', '90d': '90 ngày qua', month: 'Tháng này', quarter: 'Quý này', year: 'Năm nay', all: 'Toàn bộ' } as Record<string, string>,
  language: 'English',
  languageLabel: 'Chuyển sang tiếng Anh',
  tv: 'Chế độ TV',
  tvExit: 'Thoát chế độ TV',
  connection: { connecting: 'Đang kết nối…', connected: 'Trực tiếp', reconnecting: 'Đang kết nối lại…', disconnected: 'Mất kết nối' } as Record<string, string>,
  lastUpdate: 'Cập nhật',
  never: 'chưa có',
  nationalBoard: 'Bảng xếp hạng 34 tỉnh, thành phố',
  boardOf: 'Xếp hạng đơn vị trực thuộc',
  rank: 'Hạng',
  change: 'Thay đổi',
  unit: 'Đơn vị',
  sipas: 'SIPAS (%)',
  interval: 'Khoảng tin cậy 95%',
  n: 'Số phiếu',
  trend: '14 ngày',
  alerts: 'Cảnh báo',
  insufficient: 'Chưa đủ dữ liệu',
  noData: 'Chưa có dữ liệu',
  all: 'Tất cả',
  agencies: 'Sở, ban, ngành',
  communes: 'Xã, phường, đặc khu',
  servicePoints: 'Điểm phục vụ',
  home: 'Toàn quốc',
  openUnit: 'Trang đơn vị',
  openBoard: 'Xếp hạng đơn vị trực thuộc',
  factors: 'Năm yếu tố',
  criteria: 'Tiêu chí',
  criterion: 'Tiêu chí',
  factor: 'Yếu tố',
  value: 'Chỉ số (%)',
  trendTitle: 'Diễn biến',
  trendHourly: 'Diễn biến theo giờ (48 giờ)',
  trendDaily: 'Diễn biến theo ngày (30 ngày)',
  distribution: 'Phân bố câu trả lời',
  overall: 'Mức độ hài lòng chung',
  allCriteria: 'Mọi tiêu chí, số câu trả lời',
  alertHistory: 'Lịch sử cảnh báo',
  noAlertHistory: 'Chưa có cảnh báo nào.',
  feed: 'Cảnh báo trực tiếp',
  feedEmpty: 'Không có cảnh báo.',
  acknowledge: 'Xác nhận',
  acknowledged: 'Đã xác nhận',
  comment: 'Ghi chú',
  send: 'Gửi',
  cancel: 'Hủy',
  ackFailed: 'Không xác nhận được',
  target: 'mục tiêu',
  responses: 'phiếu',
  rankOf: 'Hạng {rank} / {count} trong {parent}',
  states: { Normal: 'Bình thường', InsufficientData: 'Thiếu dữ liệu', Pending: 'Chờ', Firing: 'Đang cảnh báo', Acknowledged: 'Đã xác nhận', Resolved: 'Đã hết', Silenced: 'Tạm tắt' } as Record<string, string>,
  rules: { sipas: 'SIPAS', burst: 'Tăng đột biến phiếu không hài lòng', access: 'Tiếp cận', procedures: 'Thủ tục', 'civil-servants': 'Công chức', results: 'Kết quả', feedback: 'Góp ý, phản ánh' } as Record<string, string>,
  kinds: { nation: 'Quốc gia', province: 'Tỉnh, thành phố', agency: 'Sở, ban, ngành', commune: 'Xã, phường', 'service-point': 'Điểm phục vụ' } as Record<string, string>,
  levels: ['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng'],
  loading: 'Đang tải…',
  forbidden: 'Khóa này không được xem đơn vị này.',
  error: 'Lỗi',
  hour: 'giờ',
  day: 'ngày',
  from: 'Từ',
  to: 'Đến',
  time: 'Thời điểm',
  state: 'Trạng thái',
  rule: 'Chỉ tiêu',
};

export type Strings = typeof vi;

const en: Strings = {
  title: 'SIPAS Live',
  subtitle: 'Satisfaction with public administrative services',
  signInTitle: 'Sign in with an API key',
  signInHelp: 'Paste the key your administrator gave you (the national admin key is in admin.key in the data directory). The key is kept for this browser tab\'s session only.',
  keyLabel: 'API key',
  signIn: 'Sign in',
  signOut: 'Sign out',
  badKey: 'The key is not valid or was revoked.',
  serverDown: 'The server cannot be reached.',
  window: 'Window',
  windows: { '1h': 'Last hour', '24h': 'Last 24 hours', '7d': 'Last 7 days', '30d': 'Last 30 days', '90d': 'Last 90 days', month: 'This month', quarter: 'This quarter', year: 'This year', all: 'All time' },
  language: 'Tiếng Việt',
  languageLabel: 'Switch to Vietnamese',
  tv: 'TV mode',
  tvExit: 'Leave TV mode',
  connection: { connecting: 'Connecting…', connected: 'Live', reconnecting: 'Reconnecting…', disconnected: 'Disconnected' },
  lastUpdate: 'Updated',
  never: 'not yet',
  nationalBoard: 'The 34 provinces ranked',
  boardOf: 'Units ranked under',
  rank: 'Rank',
  change: 'Change',
  unit: 'Unit',
  sipas: 'SIPAS (%)',
  interval: '95% interval',
  n: 'Responses',
  trend: '14 days',
  alerts: 'Alerts',
  insufficient: 'Insufficient data',
  noData: 'No data yet',
  all: 'All',
  agencies: 'Agencies',
  communes: 'Communes and wards',
  servicePoints: 'Service points',
  home: 'Nation',
  openUnit: 'Unit page',
  openBoard: 'Rank the units under it',
  factors: 'The five factors',
  criteria: 'Criteria',
  criterion: 'Criterion',
  factor: 'Factor',
  value: 'Index (%)',
  trendTitle: 'Trend',
  trendHourly: 'Hour by hour (48 hours)',
  trendDaily: 'Day by day (30 days)',
  distribution: 'Distribution of answers',
  overall: 'Overall satisfaction',
  allCriteria: 'Every criterion, answers',
  alertHistory: 'Alert history',
  noAlertHistory: 'No alerts so far.',
  feed: 'Live alerts',
  feedEmpty: 'No alerts.',
  acknowledge: 'Acknowledge',
  acknowledged: 'Acknowledged',
  comment: 'Comment',
  send: 'Send',
  cancel: 'Cancel',
  ackFailed: 'Could not acknowledge',
  target: 'target',
  responses: 'responses',
  rankOf: 'Rank {rank} of {count} in {parent}',
  states: { Normal: 'Normal', InsufficientData: 'Insufficient data', Pending: 'Pending', Firing: 'Firing', Acknowledged: 'Acknowledged', Resolved: 'Resolved', Silenced: 'Silenced' },
  rules: { sipas: 'SIPAS', burst: 'Burst of dissatisfied answers', access: 'Access', procedures: 'Procedures', 'civil-servants': 'Civil servants', results: 'Results', feedback: 'Feedback handling' },
  kinds: { nation: 'Nation', province: 'Province', agency: 'Agency', commune: 'Commune or ward', 'service-point': 'Service point' },
  levels: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'],
  loading: 'Loading…',
  forbidden: 'This key may not read this unit.',
  error: 'Error',
  hour: 'hour',
  day: 'day',
  from: 'From',
  to: 'To',
  time: 'Time',
  state: 'State',
  rule: 'Rule',
};

const dictionaries: Record<Lang, Strings> = { vi, en };
let current: Lang = localStorage.getItem('sipas.lang') === 'en' ? 'en' : 'vi';

export function lang(): Lang {
  return current;
}

export function setLang(value: Lang): void {
  current = value;
  localStorage.setItem('sipas.lang', value);
  document.documentElement.lang = value;
}

export function t(): Strings {
  return dictionaries[current];
}

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

const numberFormats = new Map<string, Intl.NumberFormat>();

export function num(value: number, digits = 1): string {
  const key = `${current}:${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(current === 'vi' ? 'vi-VN' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

export function time(value: string | Date, withDate = false): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return date.toLocaleString(current === 'vi' ? 'vi-VN' : 'en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    second: withDate ? undefined : '2-digit',
    day: withDate ? '2-digit' : undefined,
    month: withDate ? '2-digit' : undefined,
  });
}
