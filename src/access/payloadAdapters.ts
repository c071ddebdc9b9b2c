import type { Access, FieldAccess } from 'payload'
import { isAdmin, isStaff, principalOf } from './principal.js'
import { loadUnitScope, portalUnitsOf } from './loadUnitScope.js'
import * as rules from './rules.js'
import { WORKFLOW_CONTEXT } from '../workflow/ownedFields.js'

/** One-line adapters from Payload's access signature to the pure rules. */
export const anyone: Access = () => true
/** No API caller at all (the system writes these collections). */
export const noOne: Access = () => false
export const staffOnly: Access = ({ req }) => rules.writeStaff(principalOf(req.user))
export const adminOnly: Access = ({ req }) => rules.manageAsAdmin(principalOf(req.user))
export const readEditorial: Access = async ({ req }) => {
  const p = principalOf(req.user)
  return rules.readEditorial(p, new Date(), p.kind === 'portal' ? await portalUnitsOf(req, p) : [])
}
export const readAgenda: Access = ({ req }) => rules.readAgenda(principalOf(req.user))
// Photos: src/media/readPhoto.ts (it needs the public documents, read through the response cache).
export const readUsers: Access = ({ req }) => rules.readUsers(principalOf(req.user))
export const updateUser: Access = ({ req, id, data }) =>
  rules.updateUser(principalOf(req.user), id, data)
export const unlockUsers: Access = ({ req }) => rules.unlockUsers(principalOf(req.user))

export const staffField: FieldAccess = ({ req }) => isStaff(principalOf(req.user))
export const adminField: FieldAccess = ({ req }) => isAdmin(principalOf(req.user))
/** Never writable through an API (set by hooks or the workflow service only). */
export const nobody: FieldAccess = () => false
/**
 * Login sessions are read by Payload itself (with overrideAccess) to check a token; through an API
 * they are nobody's business, not even their owner's (a session id is half of a stolen login).
 */
export const sessionsHidden: FieldAccess = () => false

export const createNews: Access = async ({ req, data }) =>
  rules.createNews(principalOf(req.user), await loadUnitScope(req), data?.unit)
export const updateNews: Access = async ({ req, data }) =>
  rules.updateNews(principalOf(req.user), await loadUnitScope(req), data)
export const deleteNews: Access = async ({ req }) =>
  rules.deleteNews(principalOf(req.user), await loadUnitScope(req))
export const createAgenda: Access = async ({ req, data }) =>
  rules.createAgenda(principalOf(req.user), await loadUnitScope(req), data?.unit)
export const writeAgenda: Access = async ({ req, data }) =>
  rules.writeAgenda(principalOf(req.user), await loadUnitScope(req), data)
export const readAudit: Access = ({ req }) => rules.readAudit(principalOf(req.user))

/** Workflow fields are written only inside a transition performed by the workflow service. */
export const workflowOnly: FieldAccess = ({ req }) => req.context?.[WORKFLOW_CONTEXT] === true
