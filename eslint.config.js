// ESLint flat config, as create-vue sets it up: Vue's recommended rules for SFCs, typescript-eslint's
// recommended rules, and Prettier left in charge of formatting (its conflicting rules off).
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import skipFormatting from '@vue/eslint-config-prettier/skip-formatting'
import pluginVue from 'eslint-plugin-vue'
import { globalIgnores } from 'eslint/config'

export default defineConfigWithVueTs(
  {
    name: 'app/files-to-lint',
    files: ['**/*.{ts,mts,tsx,vue,js}'],
  },
  globalIgnores([
    '**/dist/**',
    '**/dist-emulator/**',
    '**/dist-screenshots/**',
    '**/dist-bench/**',
    '**/dist-server/**',
    '**/coverage/**',
    'test-results/**',
    'playwright-report/**',
  ]),
  pluginVue.configs['flat/essential'],
  pluginVue.configs['flat/strongly-recommended'],
  vueTsConfigs.recommended,
  {
    name: 'app/rules',
    rules: {
      // Unused names are errors, except the ones a destructuring deliberately leaves out (`_name`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Every word on screen comes from the message catalogue (src/i18n/messages): a string written
    // into a template, or into an attribute a person reads or hears, is an error. Symbols pass.
    name: 'app/no-untranslated-text',
    files: ['src/**/*.vue'],
    rules: {
      'vue/no-bare-strings-in-template': [
        'error',
        {
          allowlist: ['«', '»', '—', '·', '…', '(', ')', ',', '.', ':', '“', '”'],
          attributes: { '/.+/': ['title', 'aria-label', 'aria-placeholder', 'aria-description', 'placeholder', 'alt'] },
          directives: ['v-text'],
        },
      ],
    },
  },
  {
    // The emulator's control panel and SDK stand-in are classic browser scripts, written in ES5
    // style on purpose: they stand in for pages this app does not own.
    name: 'app/emulator-browser-scripts',
    files: ['dev/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: {
        window: 'readonly',
        document: 'readonly',
        location: 'readonly',
        console: 'readonly',
        fetch: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        URLSearchParams: 'readonly',
        setTimeout: 'readonly',
        setInterval: 'readonly',
        crypto: 'readonly',
        btoa: 'readonly',
        Uint8Array: 'readonly',
      },
    },
    rules: { 'no-var': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // Boot picks one of two root components with createApp(); the rule reads those as definitions.
    name: 'app/boot',
    files: ['src/main.ts'],
    rules: { 'vue/one-component-per-file': 'off' },
  },
  skipFormatting,
)
