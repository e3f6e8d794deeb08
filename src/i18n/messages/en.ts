/**
 * Every word the app shows, in English: the fallback, and the source every other language
 * translates (src/i18n/messages/*.json). Each language is a lazy chunk, English too (english.ts).
 *
 * `{name}` is filled in by the translator; numbers are formatted for the language. A message with
 * plural forms is an object of Intl.PluralRules categories (`one`, `few`, `many`, `other`…), and
 * its count is `{count}`. API names (`responseFields`, `read_customers`, field names) stay as they
 * are in every language.
 */
export const en = {
  'app.title': 'Customer groups',
  'app.subtitle': 'Who is in each group, and exactly what the API returns for the fields you pick.',

  'boot.whatToDo': 'What to do:',
  'boot.tryAgain': 'Try again',
  'boot.developing': 'Developing locally? Open the app inside the emulator:',
  'boot.outsideEcwid.title': 'Open this app from your store admin',
  'boot.outsideEcwid.what':
    'This page is an app for your online store’s Control Panel. Opened on its own, it does not know which store to show.',
  'boot.outsideEcwid.todo': 'Go to your store’s Control Panel, open Apps → My Apps, and open Customer groups there.',
  'boot.corruptPayload.title': 'The store details could not be read',
  'boot.corruptPayload.what':
    'The Control Panel opened this app with store details that are damaged, so the app cannot tell which store to show.',
  'boot.corruptPayload.todo':
    'Reload the Control Panel page and open the app again. If it keeps happening, contact the app’s support.',
  'boot.invalidPayload.title': 'The store details are incomplete',
  'boot.invalidPayload.what': 'The Control Panel opened this app without a valid store ID or access key.',
  'boot.invalidPayload.todo':
    'Reload the Control Panel page and open the app again. If it keeps happening, reinstall the app.',
  'boot.encryptedPayload.title': 'The app could not open your store securely',
  'boot.encryptedPayload.what':
    'The Control Panel opened this app in enhanced security mode, where the store details are encrypted and only the app’s own server can read them. That server did not answer.',
  'boot.encryptedPayload.todo':
    'Reload the Control Panel page and open the app again. If it keeps happening, contact the app’s support.',
  'boot.sdkUnavailable.title': 'The connection to your store admin could not load',
  'boot.sdkUnavailable.what': 'A script the app needs to talk to the Control Panel was blocked or failed to download.',
  'boot.sdkUnavailable.todo':
    'Check your internet connection and any content-blocking browser extension, then try again.',

  'failure.announce': '{title}. {message}',
  'failure.retry': 'Retry',
  'failure.upgradePlan': 'Upgrade plan',
  'failure.notFound.title': 'Not found',
  'failure.notFound.message': 'The store has no such record. It may have been deleted.',
  'failure.groupNotFound.title': 'Customer group {id} was not found',
  'failure.groupNotFound.message':
    'There is no customer group with ID {id} in this store. It may have been deleted; pick a group from the list.',
  'failure.storeNotFound.title': 'Store not found',
  'failure.storeNotFound.message': 'This store no longer exists or was moved. Reopen the app from your store admin.',
  'failure.missingScope.title': 'Permission missing',
  'failure.missingScope.message':
    'The app is not allowed to read customer data: it lacks the read_customers scope. In your store admin, open Apps → My apps, remove Customer groups and install it again, accepting access to customers. Then press Retry.',
  'failure.invalidToken.title': 'Access expired',
  'failure.invalidToken.message':
    'The app’s access to your store is no longer valid. Reopen the app from your store admin; if this keeps happening, reinstall it.',
  'failure.planRequired.title': 'Not on your plan',
  'failure.planRequired.message':
    'Customer groups are not available on your current plan, or the store is suspended. Upgrade your plan, then press Retry.',
  'failure.rateLimited.title': 'Too many requests',
  'failure.rateLimited.message': 'The store received too many requests in the last minute. Wait a moment, then retry.',
  'failure.rateLimited.longWait':
    'The store asked the app to wait {seconds} s before its next request, longer than the app waits on its own. Retry once that time has passed.',
  'failure.server.title': 'The store’s server had a problem',
  'failure.server.message': 'The request failed on the server, even after retrying. Retry in a moment.',
  'failure.server.messageWithStatus':
    'The request failed on the server (HTTP {status}), even after retrying. Retry in a moment.',
  'failure.network.title': 'No connection',
  'failure.network.message': 'The store’s server could not be reached. Check your internet connection, then retry.',
  'failure.timeout.title': 'No answer in time',
  'failure.timeout.message': 'The store’s server took too long to answer. Retry in a moment.',
  'failure.invalidResponse.title': 'Unreadable answer',
  'failure.invalidResponse.message':
    'The server answered with something that is not the expected data. Retry; if it persists, contact the app’s support.',
  'failure.invalidResponse.messageWithReason':
    'The server answered with something that is not the expected data ({reason}). Retry; if it persists, contact the app’s support.',
  'failure.badRequest.title': 'Request refused',
  'failure.badRequest.message': 'The server refused the request as invalid. Contact the app’s support.',
  'failure.badRequest.messageWithCode':
    'The server refused the request as invalid ({code}). Contact the app’s support.',
  'failure.unexpected.title': 'Something went wrong',
  'failure.unexpected.message': 'The app ran into an unexpected problem. Retry; if it persists, reopen the app.',

  'reason.tooLarge': 'the answer is larger than {megabytes} MB',
  'reason.notJson': 'the response is not JSON',
  'reason.groupNotAnObject': 'a customer group must be a JSON object',
  'reason.searchResultNotAnObject': 'a search result must be a JSON object',
  'reason.wrongFieldType': 'the field {field} should be of type {type}',
  'reason.incompleteSearchResult': 'a search result needs total, count and items',
  'reason.unexpectedGroup': 'a customer group in the search result does not have the expected fields',
  'reason.unexpectedCustomer': 'a customer in the search result does not have the expected fields',
  'reason.countWithoutTotal': 'a count needs a total that is a whole number',
  'reason.profileWithoutCurrency': 'the store profile does not name a currency',

  'countdown.rateLimited': 'The store’s server asked us to slow down',
  'countdown.serverProblem': 'The store’s server had a problem',
  'countdown.noConnection': 'The store’s server could not be reached',
  'countdown.inSeconds': '{reason} — trying again in {seconds} s',
  'countdown.now': '{reason} — trying again now',
  'countdown.stop': 'Stop trying',

  'list.title': 'Groups',
  'list.refresh': 'Refresh list',
  'list.searchLabel': 'Search groups',
  'list.searchPlaceholder': 'Part of a name, e.g. whole',
  'list.searching': 'Searching…',
  'list.loading': 'Loading groups…',
  'list.failed': 'The groups could not be loaded.',
  'list.noMatch': 'No group’s name contains “{keyword}”.',
  'list.count': { one: '{count} group', other: '{count} groups' },
  'list.matches': { one: '{count} group matches “{keyword}”', other: '{count} groups match “{keyword}”' },
  'list.range': '{summary} · {first}–{last} shown',
  'list.clearSearch': 'Clear search',
  'list.groupId': 'ID {id}',
  'pager.label': 'Pages of groups',
  'pager.first': 'First page',
  'pager.previous': 'Previous',
  'pager.next': 'Next',
  'pager.last': 'Last page',

  'details.heading': 'Customer group',
  'details.headingWithId': 'Customer group {id}',
  'details.groupId': 'ID {id}',
  'details.refresh': 'Refresh',
  'details.refreshing': 'Refreshing…',
  'details.loading': 'Loading customer group {id}…',
  'details.loaded': 'Customer group {name} loaded.',
  'details.copyLink': 'Copy link',
  'details.linkCopied': 'Link copied.',
  'details.copyLinkManually':
    'Copying is blocked here. Press Ctrl+C (⌘C on a Mac) to copy this link to the group; Esc closes it.',
  'details.invalidLink.title': 'This link points to no customer group',
  'details.invalidLink.damaged':
    'The link that opened this page is damaged and could not be read. Pick a group from the list.',
  'details.invalidLink.badId':
    '“{id}” is not a valid customer group ID. IDs are numbers of 0 or more without a sign or decimals, such as 0 or 9367001. Pick a group from the list.',
  'details.empty': 'Choose a group from the list to see its members and what the API returns for it.',

  'members.title': 'Members',
  'members.none': 'No customers are in this group yet.',
  'members.count': { one: '{count} customer in this group', other: '{count} customers in this group' },
  'members.loading': 'Loading members…',
  'members.failed': 'The members could not be loaded.',
  'members.kept': 'Showing the members loaded before; asking again failed.',
  'members.tableLabel': 'Members table, scrollable',
  'members.shown': 'Showing {shown} of {total}',
  'members.loadMore': 'Load more',
  'members.loadingMore': 'Loading…',
  'members.loadedMore': 'Showing {shown} of {total} members.',
  'members.searchLabel': 'Search members',
  'members.searchPlaceholder': 'Name or email',
  'members.searching': 'Searching members…',
  'members.noMatch': 'No member’s name or email contains “{keyword}”.',
  'members.matches': {
    one: '{count} member matches “{keyword}”',
    other: '{count} members match “{keyword}”',
  },
  'members.clearSearch': 'Clear search',
  'members.sortedAscending': 'Sorted by {column}, lowest first.',
  'members.sortedDescending': 'Sorted by {column}, highest first.',
  'members.yes': 'Yes',
  'members.no': 'No',
  'members.b2b': 'Business',
  'members.b2c': 'Private',

  'columns.legend': 'Columns',
  'columns.hint': 'The members request asks only for the columns ticked, as {responseFields}:',
  'column.name': 'Name',
  'column.email': 'Email',
  'column.orders': 'Orders',
  'column.totalSpent': 'Total spent',
  'column.averageOrder': 'Average order',
  'column.lastOrder': 'Last order',
  'column.firstOrder': 'First order',
  'column.registered': 'Registered',
  'column.taxExempt': 'Tax exempt',
  'column.customerType': 'B2B / B2C',

  'currency.missingScope':
    'Amounts are plain numbers: the app may not read the store’s currency without the read_store_profile permission.',
  'currency.unavailable': 'Amounts are plain numbers: the store’s currency could not be read.',

  'summary.title': 'Summary',
  'summary.withOrders': { one: '{count} has ordered', other: '{count} have ordered' },
  'summary.withOrdersLoading': 'Counting members who have ordered…',
  'summary.withOrdersFailed': 'Members who have ordered could not be counted.',
  'summary.sumSales': 'Add up sales',
  'summary.summing': 'Adding up sales: {loaded} of {total} members',
  'summary.progressLabel': 'Adding up sales',
  'summary.stop': 'Stop',
  'summary.totalSales': 'Total sales {amount}',
  'summary.averageSales': 'Average per member {amount}',
  'summary.stopped': 'Stopped: the sales were not added up.',
  'summary.failed': 'The sales could not be added up: {reason}',
  'summary.changed': 'The group changed meanwhile: {received} members added up, {expected} expected.',

  'export.button': 'Export CSV',
  'export.buttonMatches': 'Export matches as CSV',
  'export.progressLabel': 'Exporting members',
  'export.progress': 'Exporting {loaded} of {total} members',
  'export.stop': 'Stop',
  'export.stopped': 'Export stopped at {loaded} of {total} members: no file was made.',
  'export.done': { one: '{file}: {count} member exported.', other: '{file}: {count} members exported.' },
  'export.changed':
    'The group changed during the export: the file has {received} members, the group had {expected} when it began.',
  'export.failed': 'The export stopped: {reason}',
  'export.noDownload': 'This window could not save the file. Copy its text instead and paste it into a .csv file:',
  'export.copy': 'Copy CSV text',
  'export.copied': 'CSV text copied.',
  'export.copyManually':
    'Copying is blocked here. Press Ctrl+C (⌘C on a Mac) to copy the selected text; Esc closes it.',
  'export.copyInstead': 'No file? Copy the text instead:',

  'api.title': 'API response',
  'api.purpose':
    'For developers and integrations: pick fields to see exactly what the store’s REST API returns for this group, and copy the request.',
  'api.unknownLinkFields':
    'The link asked for fields this app does not know: {fields}. They were left out of the request.',
  'api.response': 'Response',
  'api.noResponse': 'No response',
  'api.attempts': { one: '{count} attempt', other: '{count} attempts' },
  'api.fromMemory': 'from memory — press Refresh to ask again',
  'api.kept': 'Showing the answer fetched at {time}; asking again failed.',
  'api.newField': 'new field',
  'api.notReturned': 'not returned',

  'picker.legend': 'Response fields',
  'picker.hint':
    'All fields ticked sends no {responseFields}, so fields added to the API later come back too. At least one stays ticked.',
  'picker.selectAll': 'Select all',

  'field.id.label': 'ID',
  'field.id.description': 'Unique internal customer group ID.',
  'field.name.label': 'Name',
  'field.name.description': 'Customer group name.',
  'field.externalReferenceId.label': 'External reference ID',
  'field.externalReferenceId.description': 'Customer group ID in an external system, such as an ERP.',

  'request.title': 'Request',
  'request.copyCurl': 'Copy as cURL',
  'request.copied': 'Copied. The token in it is masked: put your own in place of the masked one to run it.',
  'request.copyManually':
    'Copying is blocked here. Press Ctrl+C (⌘C on a Mac) to copy the selected command; Esc closes it. The token in it is masked: put your own in its place to run it.',

  'raw.title': 'Raw JSON',
  'raw.bodyTitle': 'Raw body — HTTP {status}, as received',
  'raw.bodyTitleNoStatus': 'Raw body, as received',
  'raw.waiting': 'Waiting for the answer…',
  'raw.truncated': '… (only the first {kilobytes} KB is shown)',
  'raw.noAnswer': 'No answer: the request did not reach the server.',
  'raw.emptyErrorBody': 'The error response had no body.',
  'raw.nothing': 'No answer to show.',
} as const
