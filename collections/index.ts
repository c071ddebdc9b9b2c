import { Agenda } from './Agenda.js'
import { withEveryCollectionHooks } from './everyCollectionHooks.js'
import { AuditLog } from './AuditLog.js'
import { EventCoverage } from './EventCoverage.js'
import { Photos } from './Photos.js'
import { PortalClients } from './PortalClients.js'
import { WebhookDeliveries } from './WebhookDeliveries.js'
import { PressReleases } from './PressReleases.js'
import { Spokespeople } from './Spokespeople.js'
import { Topics } from './Topics.js'
import { Units } from './Units.js'
import { Users } from './Users.js'

/** Every collection, each wrapped in the hooks that every collection runs (./everyCollectionHooks.ts). */
export const collections = [
  Users,
  Units,
  PressReleases,
  EventCoverage,
  Agenda,
  Photos,
  Spokespeople,
  Topics,
  AuditLog,
  PortalClients,
  WebhookDeliveries,
].map(withEveryCollectionHooks)
