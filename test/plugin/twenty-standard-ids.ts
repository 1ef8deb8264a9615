// Universal identifiers of Twenty's own entities the app refers to, as twenty-sdk 2.43 declares them
// (STANDARD_OBJECT, STANDARD_PAGE_LAYOUT, SystemPermissionFlag in twenty-sdk/define). Written out because the SDK's
// CommonJS build cannot be loaded under jest (it requires the ESM-only `uuid`), and so the tests do not trust the
// same constants the plugin uses.
export const STANDARD_OBJECT_IDS: Record<string, string> = {
  company: '20202020-b374-4779-a561-80086cb2e17f',
  person: '20202020-e674-48e5-a542-72570eee7213',
  opportunity: '20202020-9549-49dd-b2b2-883999db8938',
  workspaceMember: '20202020-3319-4234-a34c-82d5c0e881a6',
  attachment: '20202020-bd3d-4c60-8dca-571c71d4447a',
  note: '20202020-0b00-45cd-b6f6-6cd806fc6804',
  noteTarget: '20202020-fff0-4b44-be82-bda313884400',
  task: '20202020-1ba1-48ba-bc83-ef7e5990ed10',
  taskTarget: '20202020-5a9a-44e8-95df-771cd06d0fb1',
  timelineActivity: '20202020-6736-4337-b5c4-8b39fae325a5',
  dashboard: '20202020-3840-4b6d-9425-0c5188b05ca8',
};

export const RECORD_PAGE_LAYOUT_IDS: Record<string, string> = {
  company: '7a2d6196-8520-591f-8b48-98cd3c9c5b8d',
  person: '4223fadb-97f1-5c61-ba41-401ba8641eb5',
  opportunity: 'fa98e1ff-ed63-5ea5-ab9c-cb9d3c97c9f4',
};

export const APPLICATIONS_PERMISSION_FLAG_ID = '9faa55f7-2606-566b-9e1d-aefbedbd0136';
export const UPLOAD_FILE_PERMISSION_FLAG_ID = 'dc6931a9-44bd-5164-a983-3db5db837f54';
