/*
 * The emulator's stand-in for the Ecwid Control Panel: builds the payload the real admin builds,
 * opens the app in a cross-origin iframe with it, applies setSize, and lists every SDK message.
 * Settings come from the form, or from this page's query (?app_state=…&payload=…&failure=…) so a
 * test can open a given state directly.
 */
;(function () {
  'use strict'
  var config = window.__EMULATOR__
  // The app must be cross-origin to this page, as my.ecwid.com is to an app's host.
  if (location.hostname !== 'localhost') {
    location.replace(location.href.replace(location.hostname, 'localhost'))
    return
  }
  var appOrigin = location.protocol + '//127.0.0.1:' + location.port
  var frame = document.getElementById('app-frame')
  var loading = document.getElementById('cp-loading')
  var log = document.getElementById('sdk-log')
  var openForm = document.getElementById('open-form')
  var faultForm = document.getElementById('fault-form')
  document.getElementById('store-id').textContent = String(config.storeId)

  var failureSelect = faultForm.elements.failure
  Object.keys(config.failures).forEach(function (key) {
    var option = document.createElement('option')
    option.value = key
    option.textContent = config.failures[key]
    failureSelect.appendChild(option)
  })

  function toHex(text) {
    return Array.from(new TextEncoder().encode(text), function (byte) {
      return byte.toString(16).padStart(2, '0')
    }).join('')
  }

  function base64Url(bytes) {
    return btoa(String.fromCharCode.apply(null, Array.from(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
  }

  function appUrl(settings) {
    var payload = { store_id: config.storeId, lang: settings.lang, access_token: config.accessToken, view_mode: settings.viewMode }
    // Ecwid hands app_state over still URL-encoded; the app decodes it once.
    if (settings.appState) payload.app_state = encodeURIComponent(settings.appState)
    var hex = toHex(JSON.stringify(payload))
    switch (settings.payload) {
      case 'corrupt':
        return appOrigin + '/#' + hex.slice(0, -6) + 'zz'
      case 'encrypted':
        return appOrigin + '/?payload=' + base64Url(crypto.getRandomValues(new Uint8Array(96))) +
          '&app_state=' + encodeURIComponent(settings.appState || '') + '&cache-killer=' + Date.now()
      case 'none':
        return appOrigin + '/'
      default:
        return appOrigin + '/#' + hex
    }
  }

  function addLog(text) {
    var item = document.createElement('li')
    item.textContent = new Date().toLocaleTimeString() + '  ' + text
    log.appendChild(item)
    log.scrollTop = log.scrollHeight
  }

  function openApp() {
    var form = openForm.elements
    loading.hidden = false
    frame.height = '200'
    frame.src = appUrl({
      payload: form.payload.value,
      lang: form.lang.value,
      viewMode: form.view_mode.value,
      appState: form.app_state.value.trim(),
    })
    addLog('open app (' + form.payload.value + ' payload' + (form.app_state.value ? ', app_state ' + form.app_state.value : '') + ')')
  }

  function applyFaults() {
    var body = { latencyMs: Number(faultForm.elements.latencyMs.value) || 0, failure: failureSelect.value }
    return fetch('/__ecwid/faults', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
      .then(function () { addLog('faults: ' + body.failure + ', latency ' + body.latencyMs + ' ms') })
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== appOrigin || event.source !== frame.contentWindow) return
    var message
    try {
      message = typeof event.data === 'string' ? JSON.parse(event.data) : event.data
    } catch (error) {
      return addLog('ignored a message that is not JSON')
    }
    if (!message || message.ecwidAppNs !== config.appId) {
      return addLog('ignored a message for app_id ' + JSON.stringify(message && message.ecwidAppNs) + ' (expected ' + config.appId + ')')
    }
    addLog(message.method + ' ' + JSON.stringify(message.data))
    if (message.method === 'ready') loading.hidden = true
    if (message.method === 'setSize') {
      var height = parseInt(String(message.data && message.data.height), 10)
      if (height > 0) frame.height = String(height)
    }
  })

  openForm.addEventListener('submit', function (event) {
    event.preventDefault()
    openApp()
  })
  document.querySelectorAll('[data-app-state]').forEach(function (button) {
    button.addEventListener('click', function () {
      openForm.elements.app_state.value = button.getAttribute('data-app-state')
      openApp()
    })
  })
  faultForm.addEventListener('change', applyFaults)

  var query = new URLSearchParams(location.search)
  ;['payload', 'lang', 'view_mode', 'app_state'].forEach(function (name) {
    if (query.has(name)) openForm.elements[name].value = query.get(name)
  })
  faultForm.elements.latencyMs.value = query.get('latency') || '0'
  failureSelect.value = query.has('failure') && config.failures[query.get('failure')] ? query.get('failure') : 'none'
  // Faults live on the server; a fresh page starts from the ones its address asks for.
  applyFaults().then(openApp, openApp)
})()
