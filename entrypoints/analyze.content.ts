import { defineContentScript } from '#imports';
import { analysePage } from '@/utils/page/analyse-page';

/** Injected on demand by the popup (activeTab + scripting); never declared for any page in the manifest. */
export default defineContentScript({
  registration: 'runtime',
  main() {
    return analysePage(document, location.href, () => performance.now());
  },
});
