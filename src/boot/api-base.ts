import { DEFAULT_API_BASE } from '@/api/request'

/** Ecwid's REST API, or the emulator's mock of it when the build names one. */
export const API_BASE: string = import.meta.env.VITE_ECWID_API_BASE || DEFAULT_API_BASE
