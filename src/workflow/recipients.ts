import type { WorkflowAction } from './actions.js'

/** Who hears about a transition by email. */
export const recipientsFor = (action: WorkflowAction): 'unitEditors' | 'author' | 'nobody' => {
  if (action === 'submit') return 'unitEditors'
  if (
    action === 'request-changes' ||
    action === 'approve' ||
    action === 'publish' ||
    action === 'force-publish'
  )
    return 'author'
  return 'nobody'
}
