/// <reference types="office-js" />

export type ThemeName = 'light' | 'dark';

/** Relative luminance of '#RRGGBB' (0 black .. 1 white). */
export function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return null;
  const [r, g, b] = m.slice(1).map((x) => {
    const c = parseInt(x, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Light or dark, following Office's theme when Excel tells us (Office.context.officeTheme), else
 * the system's colour scheme, else light.
 */
export function chooseTheme(officeBodyBackground: string | undefined, prefersDark: boolean): ThemeName {
  const l = officeBodyBackground ? luminance(officeBodyBackground) : null;
  if (l !== null) return l < 0.4 ? 'dark' : 'light';
  return prefersDark ? 'dark' : 'light';
}

/** The Office theme's body background, when running inside Office and it is exposed. */
export function officeBackground(): string | undefined {
  const office = (globalThis as { Office?: typeof Office }).Office;
  try {
    return office?.context?.officeTheme?.bodyBackgroundColor;
  } catch {
    return undefined;
  }
}

export function systemPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}
