import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import RequestPanel from '@/components/RequestPanel.vue'

const request = {
  method: 'GET' as const,
  url: 'https://app.ecwid.com/api/v3/1003/customer_groups/9367001?responseFields=name',
  pathAndQuery: '/api/v3/1003/customer_groups/9367001?responseFields=name',
  curl: "curl 'https://app.ecwid.com/api/v3/1003/customer_groups/9367001?responseFields=name' \\\n  -H 'Authorization: Bearer secret_ab***cd'",
}

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn(writeText) }, configurable: true })
  return navigator.clipboard.writeText as ReturnType<typeof vi.fn>
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('RequestPanel', () => {
  it('shows the request line', () => {
    const wrapper = mount(RequestPanel, { props: { request } })
    expect(wrapper.get('[data-testid="request-line"]').text()).toBe(
      'GET /api/v3/1003/customer_groups/9367001?responseFields=name',
    )
  })

  it('copies the masked cURL command and says so', async () => {
    const writeText = stubClipboard(async () => {})
    const wrapper = mount(RequestPanel, { props: { request } })
    await wrapper.get('button').trigger('click')
    await flushPromises()
    expect(writeText).toHaveBeenCalledWith(request.curl)
    expect(wrapper.get('.copy-button__copied').text()).toContain('Copied')
  })

  it('shows the command selected when the iframe may not use the clipboard', async () => {
    stubClipboard(async () => {
      throw new DOMException('Write permission denied.', 'NotAllowedError')
    })
    const wrapper = mount(RequestPanel, { props: { request }, attachTo: document.body })
    await wrapper.get('button').trigger('click')
    await flushPromises()
    const textarea = wrapper.get('textarea').element as HTMLTextAreaElement
    expect(textarea.value).toBe(request.curl)
    expect(textarea.value).toContain('secret_ab***cd')
    expect(document.activeElement).toBe(textarea)
    expect(textarea.selectionStart).toBe(0)
    expect(textarea.selectionEnd).toBe(request.curl.length)
    expect(wrapper.get(`label[for="${textarea.id}"]`).text()).toContain('Ctrl+C')
    wrapper.unmount()
  })

  it('puts the shown command away on Esc and gives focus back to the button', async () => {
    stubClipboard(async () => {
      throw new DOMException('Write permission denied.', 'NotAllowedError')
    })
    const wrapper = mount(RequestPanel, { props: { request }, attachTo: document.body })
    await wrapper.get('button').trigger('click')
    await flushPromises()
    await wrapper.get('textarea').trigger('keydown', { key: 'Escape' })
    expect(wrapper.find('textarea').exists()).toBe(false)
    expect(document.activeElement).toBe(wrapper.get('button').element)
    wrapper.unmount()
  })
})
