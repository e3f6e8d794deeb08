// The bench's vanilla baseline: no framework, no checks, no styles. Its request waits for the SDK,
// which reads the payload, as any page built on Ecwid's SDK alone does.
;(function () {
  'use strict'
  var app = window.EcwidApp.init({ app_id: 'customer-groups-demo', autoloadedflag: false, autoheight: false })
  var payload = app.getPayload()
  var groupId = new URLSearchParams(decodeURIComponent(payload.app_state || '')).get('groupId')
  var api = 'http://localhost:' + location.port + '/api/v3/'
  fetch(api + payload.store_id + '/customer_groups/' + groupId, {
    headers: { Authorization: 'Bearer ' + payload.access_token },
  })
    .then(function (response) {
      return response.json()
    })
    .then(function (group) {
      document.getElementById('heading').textContent = group.name
      app.ready()
    })
})()
