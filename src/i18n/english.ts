import { createTranslator, type Catalogue, type Translator } from './translator'
import { en } from './messages/en'

/** English: the fallback when a language cannot be had. Its own chunk, like every language. */
export const englishTranslator: Translator = createTranslator('en', en as Catalogue)
