// The export's code, as one lazy chunk: loaded on the first export or sum of sales, never before.
export { collectMembers, memberPageFetcher } from './collect-members'
export { csvFileName } from './csv-file-name'
export { membersCsv } from './members-csv'
export { saveTextFile } from './save-file'
