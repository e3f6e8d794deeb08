/*
 * Stand-in for Ecwid's app SDK 1.3.0 (ecwid-app.js), served by the local emulator at the CDN's
 * path. Written from the SDK's documented behaviour, not copied: it reads the hex payload from the
 * URL fragment (or ?devpayload=) when init() runs, refuses a second init, and talks to the control
 * panel with one-way postMessage calls of the form
 * JSON.stringify({ ecwidAppNs: app_id, method, data }).
 * Like the real SDK it prints the raw payload when it cannot parse it — the app must mute that.
 */
;(function () {
  'use strict'

  var appId = null
  var payload = null
  var storage = {}

  function hexToText(hex) {
    if (!/^(?:[0-9a-fA-F]{2})+$/.test(hex)) throw new Error('Not hex')
    var bytes = new Uint8Array(hex.length / 2)
    for (var i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.substr(i * 2, 2), 16)
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  }

  function readPayload() {
    // Enhanced-security mode: the payload is encrypted for the app's server; the SDK cannot read it.
    var hex = location.hash.replace(/^#/, '') || new URLSearchParams(location.search).get('devpayload') || ''
    if (!hex) return null
    try {
      return JSON.parse(hexToText(hex))
    } catch (error) {
      console.log('EcwidApp: cannot parse the payload', hex, error)
      return null
    }
  }

  function send(method, data) {
    if (appId === null) throw new Error('EcwidApp is not initialized')
    window.parent.postMessage(JSON.stringify({ ecwidAppNs: appId, method: method, data: data }), '*')
  }

  window.EcwidApp = {
    init: function (options) {
      if (appId !== null) throw new Error('Already initialized')
      if (!options || typeof options.app_id !== 'string' || options.app_id === '') throw new Error('app_id is required')
      appId = options.app_id
      payload = readPayload()
      if (options.autoloadedflag)
        window.addEventListener('load', function () {
          window.EcwidApp.ready()
        })
      if (options.autoheight) {
        setInterval(function () {
          window.EcwidApp.setSize({ height: document.documentElement.offsetHeight })
        }, 333)
      }
      return window.EcwidApp
    },
    getPayload: function () {
      return payload
    },
    ready: function () {
      send('ready', {})
    },
    setSize: function (size) {
      var height = size && size.height
      if (typeof height === 'number') {
        if (!Number.isInteger(height)) throw new Error('setSize: height must be an integer')
        height = height + 'px'
      }
      send('setSize', { height: height })
    },
    openPage: function (page) {
      send('openPage', page)
    },
    closeAppPopup: function () {
      send('closeAppPopup', {})
    },
    sendUserToUpgrade: function (features) {
      send('upgradePlan', features)
    },
    getAppStorage: function (key, callback) {
      setTimeout(function () {
        callback(Object.prototype.hasOwnProperty.call(storage, key) ? storage[key] : null)
      })
    },
    setAppStorage: function (values, callback) {
      Object.keys(values).forEach(function (key) {
        storage[key] = String(values[key])
      })
      if (callback) setTimeout(callback)
    },
  }
})()
