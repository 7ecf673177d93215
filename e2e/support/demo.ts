export type DemoScenario = 'defender' | 'all' | 'canary';

/** A page of Playwright or puppeteer: both evaluate an expression and await the promise it gives. */
export interface DemoPage {
  evaluate(expression: string): Promise<unknown>;
}

/**
 * Fires one of the demo page's scenarios from the page, as the app would; resolves with the request
 * count. With `origins`, request i goes to origins[i % origins.length] ('' is the page's own origin).
 */
export async function fireDemo(page: DemoPage, scenario: DemoScenario, origins?: string[]): Promise<number> {
  const args = [scenario, ...(origins ? [origins] : [])].map((a) => JSON.stringify(a)).join(', ');
  return Number(await page.evaluate(`window.faultlineDemo.fire(${args})`));
}
