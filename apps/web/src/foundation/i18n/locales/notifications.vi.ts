/** Vietnamese strings of the header's notifications. */
export const notificationsVi = {
  notifications: {
    button: 'Thông báo',
    unreadLabel_one: '{{count, number}} thông báo chưa đọc',
    unreadLabel_other: '{{count, number}} thông báo chưa đọc',
    noneUnread: 'Thông báo, không có thông báo chưa đọc',
    title: 'Thông báo',
    markAllRead: 'Đánh dấu tất cả đã đọc',
    markingAllRead: 'Đang đánh dấu…',
    empty: 'Chưa có thông báo nào',
    emptyHint: 'Khi có việc cần bạn biết (ví dụ một webhook tự tắt vì lỗi), thông báo sẽ hiện ở đây.',
    unread: 'Chưa đọc',
    loadError: 'Không tải được thông báo.',
    justNow: 'vừa xong',
    minutesAgo: '{{count, number}} phút trước',
    hoursAgo: '{{count, number}} giờ trước',
  },
  emailPreferences: {
    reminders: 'Nhận email nhắc nộp báo cáo',
    hint: 'Lời nhắc vẫn hiện trong ứng dụng dù bạn tắt email.',
    savedOn: 'Đã lưu: bạn sẽ nhận email nhắc nộp báo cáo.',
    savedOff: 'Đã lưu: bạn sẽ không nhận email nhắc nộp báo cáo.',
    failed: 'Không lưu được lựa chọn. Hãy thử lại.',
  },
};
