import { computed, watchEffect } from 'vue'
import { useI18n } from '@/i18n/use-i18n'
import { useStoreCurrencyStore } from '@/stores/store-currency'

/**
 * The store's currency for amounts on screen, asked for the first time `showsAmounts` is true;
 * and, when it cannot be had, the one calm sentence that says why amounts are plain numbers.
 */
export function useStoreCurrency(showsAmounts: () => boolean) {
  const store = useStoreCurrencyStore()
  const { t } = useI18n()
  watchEffect(() => {
    if (showsAmounts()) void store.ensureLoaded()
  })
  const note = computed(() => {
    if (!showsAmounts() || !store.failure) return ''
    return store.failure.kind === 'missing-scope' ? t('currency.missingScope') : t('currency.unavailable')
  })
  return { currency: computed(() => store.currency), note }
}
