import { Hono } from 'hono'
import type { EnhancedSecurityHandler } from './handler.ts'
import { staticFiles } from './static-files.ts'

/**
 * What `npm start` serves: the API handler under /api, the built app everywhere else. Two parts
 * that know nothing of each other; a serverless deployment keeps the first and lets its platform
 * serve the second.
 */
export function createNodeApp(options: { handler: EnhancedSecurityHandler; distDir: string }): Hono {
  const app = new Hono()
  app.all('/api/*', (c) => options.handler.fetch(c.req.raw))
  app.route('/', staticFiles(options.distDir))
  return app
}
