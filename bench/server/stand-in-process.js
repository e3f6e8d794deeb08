/**
 * The stand-in Ecwid (./stand-in-ecwid.js) in a process of its own, started by ./stand-in.js
 * with `fork`: its event loop is then not the load generator's, so neither's delays are counted
 * in the other's times. It takes its settings in the first message and answers over IPC.
 */
import { listenStandIn } from './stand-in-ecwid.js'

process.once('message', async ({ port, latencyMs, bodies, tokens }) => {
  try {
    const standIn = await listenStandIn({ port, latencyMs, bodies, tokens, post: (event) => process.send(event) })
    process.on('message', async (message) => {
      if (message.type === 'collect') {
        const { times, wrongTokens } = standIn.collect()
        process.send({ type: 'collected', times: [...times], wrongTokens })
      } else if (message.type === 'stop') {
        await standIn.stop()
        process.exit(0)
      }
    })
    process.send({ type: 'listening' })
  } catch (error) {
    process.send({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
    process.exit(1)
  }
})
// The bench gone (its IPC channel closed) is the stand-in's end too.
process.on('disconnect', () => process.exit(0))
