/** Our admin components, as Payload's import map names them (paths from the project root). */
export const ADMIN_COMPONENTS = {
  newsDesk: '/src/admin/dashboard/NewsDesk.tsx#NewsDesk',
  workflowPanel: '/src/admin/workflow/WorkflowPanel.tsx#WorkflowPanel',
  historyPanel: '/src/admin/workflow/HistoryPanel.tsx#HistoryPanel',
  zonedDateTimeField: '/src/admin/fields/ZonedDateTimeField.tsx#ZonedDateTimeField',
  toolbarNames: '/src/admin/ToolbarNames.tsx#ToolbarNames',
  zonedDateCell: '/src/admin/fields/ZonedDateCell.tsx#ZonedDateCell',
} as const
