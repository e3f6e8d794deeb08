/*
 * The emulator's stand-in for the Ecwid Control Panel: builds the payload the real admin builds,
 * opens the app in a cross-origin iframe with it, applies setSize, and lists every SDK message.
 * Settings come from the form, or from this page's query (?app_state=…&payload=…&failure=…&store=large&app_port=…)
 * so a test can open a given state directly, or from the real admin's fragment
 * (#app:name=<app id>&app_state=<URL-encoded once>), so an address copied from Ecwid works here.
 */
;(function () {
  'use strict'
  var config = window.__EMULATOR__
  // The app must be cross-origin to this page, as my.ecwid.com is to an app's host.
  if (location.hostname !== 'localhost') {
    location.replace(location.href.replace(location.hostname, 'localhost'))
    return
  }
  // The app on this server's port, or, with ?app_port=, on another server of this machine: the
  // app's own server (npm start, workerd) in the enhanced-security tests. Loopback only, and still
  // cross-origin (127.0.0.1, not localhost); the encrypted payload is made here either way.
  var appPortParam = new URLSearchParams(location.search).get('app_port')
  var appPort = appPortParam && /^\d{1,5}$/.test(appPortParam) ? appPortParam : location.port
  var appOrigin = location.protocol + '//127.0.0.1:' + appPort
  // The path the app is opened at: '/' but for the performance bench, which opens its vanilla
  // baseline page (e.g. ?app_path=/bench/vanilla/) in the same control panel.
  var appPathParam = new URLSearchParams(location.search).get('app_path') || '/'
  var appPath = /^\/[\w\-/]*$/.test(appPathParam) ? appPathParam : '/'
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

  /**
   * Ecwid's side of enhanced security: the payload JSON, AES-128-CBC with the app's client secret,
   * URL-safe base64 with the IV first. The emulator's server makes it (server/encrypt-payload.ts);
   * "another-key" uses another app's secret, which the app's server must refuse.
   */
  function encrypt(payload, key) {
    return fetch('/__ecwid/encrypted-payload', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ payload: payload, key: key }),
    })
      .then(function (response) {
        return response.json()
      })
      .then(function (body) {
        return body.payload
      })
  }

  // settings.encodedAppState is URL-encoded once, as Ecwid hands app_state over; the app decodes it once.
  // A promise: an encrypted payload is made by the emulator's server.
  function appUrl(settings) {
    var payload = {
      store_id: config.storeId,
      lang: settings.lang,
      access_token: config.accessToken,
      view_mode: settings.viewMode,
    }
    if (settings.encodedAppState) payload.app_state = settings.encodedAppState
    var hex = toHex(JSON.stringify(payload))
    switch (settings.payload) {
      case 'corrupt':
        return Promise.resolve(appOrigin + appPath + '#' + hex.slice(0, -6) + 'zz')
      case 'encrypted':
      case 'encrypted-another-key':
        // As Ecwid's samples read it: the payload, app_state beside it in the query (still
        // URL-encoded; not inside the payload, so the app must take it from there) and a cache killer.
        var encryptedPayload = Object.assign({}, payload)
        delete encryptedPayload.app_state
        return encrypt(encryptedPayload, settings.payload === 'encrypted' ? 'app' : 'another').then(
          function (encrypted) {
            return (
              appOrigin +
              appPath +
              '?payload=' +
              encrypted +
              (settings.encodedAppState ? '&app_state=' + settings.encodedAppState : '') +
              '&cache-killer=' +
              Date.now()
            )
          },
        )
      case 'none':
        return Promise.resolve(appOrigin + appPath)
      default:
        return Promise.resolve(appOrigin + appPath + '#' + hex)
    }
  }

  function addLog(text) {
    var item = document.createElement('li')
    item.textContent = new Date().toLocaleTimeString() + '  ' + text
    log.appendChild(item)
    log.scrollTop = log.scrollHeight
  }

  /** Opens the app with the form's settings; encodedAppState, when given, is passed on as it is. */
  function openApp(encodedAppState) {
    var form = openForm.elements
    var appState = form.app_state.value.trim()
    loading.hidden = false
    frame.height = '200'
    appUrl({
      payload: form.payload.value,
      lang: form.lang.value,
      viewMode: form.view_mode.value,
      encodedAppState:
        typeof encodedAppState === 'string' ? encodedAppState : appState ? encodeURIComponent(appState) : '',
    }).then(
      function (url) {
        frame.src = url
      },
      function () {
        addLog('the encrypted payload could not be made; nothing opened')
      },
    )
    addLog(
      'open app (' +
        form.payload.value +
        ' payload' +
        (form.app_state.value ? ', app_state ' + form.app_state.value : '') +
        ')',
    )
  }

  function applyFaults() {
    var body = {
      latencyMs: Number(faultForm.elements.latencyMs.value) || 0,
      failure: failureSelect.value,
      largeStore: faultForm.elements.largeStore.checked,
      exposeRetryAfter: faultForm.elements.exposeRetryAfter.checked,
    }
    return fetch('/__ecwid/faults', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }).then(function () {
      addLog(
        'faults: ' +
          body.failure +
          ', latency ' +
          body.latencyMs +
          ' ms' +
          (body.largeStore ? ', large store' : '') +
          (body.exposeRetryAfter ? ', Retry-After exposed' : ''),
      )
    })
  }

  /**
   * The real admin's address, #app:name=<app id>&app_state=<value>, split by hand: app_state is
   * URL-encoded once and must reach the payload still encoded; URLSearchParams would decode it.
   */
  function adminFragment() {
    var hash = location.hash.slice(1)
    if (hash.indexOf('app:') !== 0) return null
    var fields = {}
    hash
      .slice('app:'.length)
      .split('&')
      .forEach(function (pair) {
        var at = pair.indexOf('=')
        if (at > 0) fields[pair.slice(0, at)] = pair.slice(at + 1)
      })
    return fields
  }

  function openFromFragment(fields) {
    if (fields.name !== config.appId) {
      // Ecwid would open the app of that name: this control panel hosts only ours.
      loading.hidden = true
      frame.src = 'about:blank'
      return addLog(
        'app name does not match: #app:name=' + fields.name + ' is not ' + config.appId + '; nothing opened',
      )
    }
    var encoded = fields.app_state || ''
    var text
    try {
      text = decodeURIComponent(encoded)
    } catch {
      text = encoded
      addLog('app_state in the address is not valid URL encoding; passed on as it is')
    }
    // The form shows what a person would type; the payload gets the value as the address had it.
    openForm.elements.app_state.value = text
    openApp(encoded)
  }

  function openFromAddress() {
    var fields = adminFragment()
    if (fields) openFromFragment(fields)
    else openApp()
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== appOrigin || event.source !== frame.contentWindow) return
    var message
    try {
      message = typeof event.data === 'string' ? JSON.parse(event.data) : event.data
    } catch {
      return addLog('ignored a message that is not JSON')
    }
    if (!message || message.ecwidAppNs !== config.appId) {
      return addLog(
        'ignored a message for app_id ' +
          JSON.stringify(message && message.ecwidAppNs) +
          ' (expected ' +
          config.appId +
          ')',
      )
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
  // As in the admin, a new #app:… address opens the app again (a hash change does not reload the page).
  window.addEventListener('hashchange', function () {
    var fields = adminFragment()
    if (fields) openFromFragment(fields)
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
  faultForm.elements.largeStore.checked = query.get('store') === 'large'
  faultForm.elements.exposeRetryAfter.checked = query.get('retry_after') === 'exposed'
  // Faults live on the server; a fresh page starts from the ones its address asks for.
  applyFaults().then(openFromAddress, openFromAddress)
})()
