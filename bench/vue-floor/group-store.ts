import { defineStore } from 'pinia'
import { ref } from 'vue'

/** One setup store: the group's name, fetched once. */
export const useGroupStore = defineStore('group', () => {
  const name = ref('')
  async function load(url: string, authorization: string) {
    const response = await fetch(url, { headers: { Authorization: authorization } })
    name.value = ((await response.json()) as { name: string }).name
  }
  return { name, load }
})
