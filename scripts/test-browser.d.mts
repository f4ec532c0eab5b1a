export declare const HEADLESS_SHELL: string;
export declare const FULL_BROWSER: string;
export declare function testChromium(env?: Record<string, string | undefined>): string;
