/**
 * The feed contract (FEED.md) as data: which fields each record kind has, their types, which are required and
 * which must name a known agency or procedure. Validation SQL is generated from these tables (validate.ts).
 */

export type FieldType =
	| 'id' // non-empty string (numbers are accepted and read as their text)
	| 'string'
	| 'code'
	| 'timestamp'
	| 'date'
	| 'int'
	| 'number'
	| 'bool'
	| 'enum'
	| 'components' // received.components
	| 'catalog_components' // procedures.components
	| 'time_limit' // procedures.time_limit
	| 'codes'; // list of strings

export interface FieldSpec {
	name: string;
	/** Column of the target table; defaults to name. Empty for fields that fill several columns. */
	column?: string;
	type: FieldType;
	values?: readonly string[];
	/** true: always required; a list: required for these event types only. */
	required?: boolean | readonly string[];
	/** The value must be a code known in this reference (units for agencies, procedures). */
	ref?: 'agency' | 'procedure' | 'agency_or_batch';
	/** Only meaningful for these event types (others ignore it; not an error). */
	types?: readonly string[];
}

export const EVENT_TYPES = [
	'received',
	'not_accepted',
	'assigned',
	'transferred',
	'digitised',
	'supplement_requested',
	'supplement_received',
	'rescheduled',
	'paid',
	'completed',
	'returned',
	'synced',
	'stopped',
	'withdrawn',
	'rated'
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Fixed order of types for events at the same instant (FEED.md: fold by at, then type order, then id). */
export const TYPE_ORDER: Record<EventType, number> = Object.fromEntries(EVENT_TYPES.map((t, i) => [t, i])) as Record<
	EventType,
	number
>;

export const CHANNELS = ['online', 'in_person', 'postal'] as const;
export const APPLICANTS = ['citizen', 'business', 'agency', 'other'] as const;
export const COMPONENT_SOURCES = ['upload', 'paper', 'reused', 'personal_storage', 'database', 'vneid'] as const;
/** Sources that mean "satisfied from data the state already holds". */
export const DATA_SOURCES = ['reused', 'personal_storage', 'database', 'vneid'] as const;
export const PAYMENT_METHODS = ['portal', 'gateway', 'cash', 'transfer'] as const;
export const OUTCOMES = ['approved', 'rejected'] as const;
export const RATINGS = ['satisfied', 'neutral', 'dissatisfied'] as const;
export const UNIT_KINDS = ['ministry', 'province', 'agency', 'commune'] as const;
export const TIME_UNITS = ['hours', 'days', 'working_days', 'months'] as const;
export const ONLINE_LEVELS = ['none', 'partial', 'full'] as const;
export const TARGETS = ['citizen', 'business', 'both'] as const;
export const PETITION_CATEGORIES = ['procedure', 'staff', 'other'] as const;

export const EVENT_FIELDS: FieldSpec[] = [
	{ name: 'id', type: 'id', required: true },
	{ name: 'dossier', type: 'code', required: true },
	{ name: 'type', type: 'enum', values: EVENT_TYPES, required: true },
	{ name: 'at', column: 'occurred_at', type: 'timestamp', required: true },
	{ name: 'agency', type: 'code', required: true, ref: 'agency' },
	{ name: 'officer', type: 'string', required: ['assigned'] },
	{ name: 'department', type: 'string' },
	{
		name: 'procedure',
		type: 'code',
		required: ['received', 'not_accepted'],
		ref: 'procedure',
		types: ['received', 'not_accepted']
	},
	{ name: 'channel', type: 'enum', values: CHANNELS, required: ['received'], types: ['received', 'not_accepted', 'returned'] },
	{ name: 'due', type: 'timestamp', required: ['rescheduled'], types: ['received', 'supplement_received', 'rescheduled'] },
	{ name: 'submitted', type: 'timestamp', types: ['received'] },
	{ name: 'applicant', type: 'enum', values: APPLICANTS, types: ['received'] },
	{ name: 'fee', type: 'int', types: ['received'] },
	{ name: 'vneid', type: 'bool', types: ['received'] },
	{ name: 'population_data', type: 'bool', types: ['received'] },
	{ name: 'components', type: 'components', types: ['received'] },
	{ name: 'reason', type: 'string' },
	{ name: 'components_digitised', type: 'int', types: ['digitised'] },
	{ name: 'result_digitised', type: 'bool', types: ['digitised'] },
	{ name: 'apology', type: 'bool', types: ['rescheduled'] },
	{ name: 'amount', type: 'int', types: ['paid'] },
	{ name: 'method', type: 'enum', values: PAYMENT_METHODS, required: ['paid'], types: ['paid'] },
	{ name: 'outcome', type: 'enum', values: OUTCOMES, types: ['completed'] },
	{ name: 'e_result', type: 'bool', types: ['completed'] },
	{ name: 'result_file', type: 'bool', types: ['completed'] },
	{ name: 'to_personal_storage', type: 'bool', types: ['completed'] },
	{ name: 'to', column: 'to_agency', type: 'code', required: ['transferred'], ref: 'agency', types: ['transferred'] },
	{ name: 'value', column: 'rating', type: 'enum', values: RATINGS, required: ['rated'], types: ['rated'] },
	{ name: 'comment', type: 'string' },
	{ name: 'applicant_name', type: 'string' },
	{ name: 'applicant_id_number', type: 'string' },
	{ name: 'applicant_phone', type: 'string' },
	{ name: 'applicant_email', type: 'string' },
	{ name: 'summary', type: 'string' }
];

export const REFERENCE_KINDS = ['agencies', 'procedures', 'offerings', 'publications', 'petitions'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];
export type FeedKind = 'events' | ReferenceKind;

export const REFERENCE_FIELDS: Record<ReferenceKind, FieldSpec[]> = {
	agencies: [
		{ name: 'id', type: 'id', required: true },
		{ name: 'code', type: 'code', required: true },
		{ name: 'name', type: 'string', required: true },
		{ name: 'kind', type: 'enum', values: UNIT_KINDS, required: true },
		{ name: 'parent', type: 'code', ref: 'agency_or_batch' },
		{ name: 'e_certified_copy', type: 'bool' },
		{ name: 'valid_from', type: 'date' },
		{ name: 'valid_to', type: 'date' },
		{ name: 'merged_into', type: 'code', ref: 'agency_or_batch' }
	],
	procedures: [
		{ name: 'id', type: 'id', required: true },
		{ name: 'code', type: 'code', required: true },
		{ name: 'name', type: 'string', required: true },
		{ name: 'field', type: 'string' },
		{ name: 'target', type: 'enum', values: TARGETS },
		{ name: 'fee', type: 'bool' },
		{ name: 'full_online_eligible', type: 'bool' },
		{ name: 'time_limit', column: '', type: 'time_limit' },
		{ name: 'paper_result', type: 'bool' },
		{ name: 'components', type: 'catalog_components' },
		{ name: 'valid_from', type: 'date' }
	],
	offerings: [
		{ name: 'id', type: 'id', required: true },
		{ name: 'agency', type: 'code', required: true, ref: 'agency' },
		{ name: 'procedure', type: 'code', required: true, ref: 'procedure' },
		{ name: 'online_level', type: 'enum', values: ONLINE_LEVELS, required: true },
		{ name: 'from', column: 'valid_from', type: 'date' },
		{ name: 'to', column: 'valid_to', type: 'date' }
	],
	publications: [
		{ name: 'id', type: 'id', required: true },
		{ name: 'agency', type: 'code', required: true, ref: 'agency' },
		{ name: 'decision_date', type: 'date', required: true },
		{ name: 'effective_date', type: 'date' },
		{ name: 'public_at', type: 'timestamp' },
		{ name: 'procedures', type: 'codes', required: true, ref: 'procedure' },
		{ name: 'content_complete', type: 'bool' }
	],
	petitions: [
		{ name: 'id', type: 'id', required: true },
		{ name: 'agency', type: 'code', required: true, ref: 'agency' },
		{ name: 'received_at', type: 'timestamp', required: true },
		{ name: 'category', type: 'enum', values: PETITION_CATEGORIES },
		{ name: 'handled_at', type: 'timestamp' },
		{ name: 'likes', type: 'int' },
		{ name: 'dislikes', type: 'int' },
		{ name: 'repeated', type: 'bool' },
		{ name: 'dossier', type: 'code' }
	]
};

export function fieldsOf(kind: FeedKind): FieldSpec[] {
	return kind === 'events' ? EVENT_FIELDS : REFERENCE_FIELDS[kind];
}

export function tableOf(kind: FeedKind): string {
	return kind === 'events' ? 'events' : `ref_${kind}`;
}
