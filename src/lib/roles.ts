/** The roles of users, and their names on screen: shared by the server's access rules and the pages. */

export const ROLES = ['national_leader', 'manager', 'unit_officer', 'analyst', 'feed_source', 'administrator'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
	national_leader: { vi: 'Lãnh đạo quốc gia', en: 'National leader' },
	manager: { vi: 'Quản lý bộ, tỉnh', en: 'Ministry or province manager' },
	unit_officer: { vi: 'Cán bộ đơn vị', en: 'Unit officer' },
	analyst: { vi: 'Chuyên viên phân tích', en: 'Analyst' },
	feed_source: { vi: 'Nguồn dữ liệu', en: 'Feed source' },
	administrator: { vi: 'Quản trị hệ thống', en: 'Administrator' }
};
