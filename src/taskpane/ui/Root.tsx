import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import { chooseTheme, officeBackground, systemPrefersDark, type ThemeName } from '../office/theme';

/** Fluent's light or dark theme, following Office's theme or the system, and changing with the system. */
export function Root({ children, theme }: { children: ReactNode; theme?: ThemeName }) {
  const [name, setName] = useState<ThemeName>(() => theme ?? chooseTheme(officeBackground(), systemPrefersDark()));
  useEffect(() => {
    if (theme || typeof matchMedia !== 'function') return;
    const mq = matchMedia('(prefers-color-scheme: dark)');
    const update = () => setName(chooseTheme(officeBackground(), mq.matches));
    mq.addEventListener?.('change', update);
    return () => mq.removeEventListener?.('change', update);
  }, [theme]);
  return (
    <FluentProvider theme={name === 'dark' ? webDarkTheme : webLightTheme} style={{ height: '100%' }} data-theme={name}>
      {children}
    </FluentProvider>
  );
}
