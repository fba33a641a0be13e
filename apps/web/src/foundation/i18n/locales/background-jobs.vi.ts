/** Vietnamese strings of the background jobs table (on the webhooks page). */
export const backgroundJobsVi = {
  backgroundJobs: {
    title: 'Tác vụ nền',
    intro: 'Các hàng đợi gửi webhook, email và đồng hồ đóng kỳ, nhắc nộp chạy ngầm trên máy chủ.',
    refresh: 'Làm mới',
    refreshing: 'Đang làm mới…',
    caption: 'Trạng thái các hàng đợi tác vụ nền',
    empty: 'Không có hàng đợi nào',
    queues: {
      webhooksDeliver: 'Gửi webhook',
      remindersEmail: 'Email nhắc nộp báo cáo',
      weeklyReportEmail: 'Email báo cáo tuần',
      remindersSendDue: 'Đồng hồ nhắc nộp (mỗi phút)',
      periodsCloseDue: 'Đóng kỳ báo cáo (mỗi phút)',
      rankingsCheck: 'So sánh thứ hạng (sự kiện ranking.changed)',
    },
    columns: {
      queue: 'Hàng đợi',
      waiting: 'Đang chờ',
      retrying: 'Chờ thử lại',
      active: 'Đang chạy',
      completed: 'Đã xong',
      failed: 'Lỗi hẳn',
    },
    failures_other: '{{count, number}} lỗi gần nhất',
    failures_one: '{{count, number}} lỗi gần nhất',
    failedAt: 'Lỗi lúc {{when}}, sau {{attempts, number}} lần thử',
  },
};
