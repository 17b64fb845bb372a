/**
 * VS Code's theme variables, as the workbench sets them on a webview's <html> element, for the
 * three kinds of theme (values of Light Modern, Dark Modern and Dark High Contrast). The browser
 * test applies them the way VS Code does — through the CSSOM, which the page's CSP does not
 * govern — so screenshots show the preview as it looks in the editor.
 */
export type ThemeKind = 'light' | 'dark' | 'high-contrast';

const COMMON = {
  '--vscode-font-family': 'system-ui, -apple-system, "Segoe WPC", "Segoe UI", "Ubuntu", "Droid Sans", "Liberation Sans", sans-serif',
  '--vscode-font-size': '13px',
  '--vscode-font-weight': 'normal',
  '--vscode-editor-font-family': '"Droid Sans Mono", "Liberation Mono", monospace',
};

export const THEMES: Record<ThemeKind, { bodyClass: string; vars: Record<string, string> }> = {
  light: {
    bodyClass: 'vscode-light',
    vars: {
      ...COMMON,
      '--vscode-editor-background': '#ffffff',
      '--vscode-editor-foreground': '#3b3b3b',
      '--vscode-foreground': '#3b3b3b',
      '--vscode-descriptionForeground': '#3b3b3b',
      '--vscode-widget-border': '#e5e5e5',
      '--vscode-panel-border': '#e5e5e5',
      '--vscode-editorWidget-background': '#f8f8f8',
      '--vscode-testing-iconPassed': '#388a34',
      '--vscode-editorWarning-foreground': '#bf8803',
      '--vscode-errorForeground': '#f85149',
      '--vscode-list-hoverBackground': '#f2f2f2',
      '--vscode-focusBorder': '#005fb8',
      '--vscode-button-secondaryBackground': '#e5e5e5',
      '--vscode-button-secondaryForeground': '#3b3b3b',
      '--vscode-button-secondaryHoverBackground': '#cccccc',
      '--vscode-button-border': '#0000001a',
      '--vscode-textBlockQuote-background': '#f8f8f8',
    },
  },
  dark: {
    bodyClass: 'vscode-dark',
    vars: {
      ...COMMON,
      '--vscode-editor-background': '#1f1f1f',
      '--vscode-editor-foreground': '#cccccc',
      '--vscode-foreground': '#cccccc',
      '--vscode-descriptionForeground': '#9d9d9d',
      '--vscode-widget-border': '#313131',
      '--vscode-panel-border': '#2b2b2b',
      '--vscode-editorWidget-background': '#202020',
      '--vscode-testing-iconPassed': '#73c991',
      '--vscode-editorWarning-foreground': '#cca700',
      '--vscode-errorForeground': '#f85149',
      '--vscode-list-hoverBackground': '#2a2d2e',
      '--vscode-focusBorder': '#0078d4',
      '--vscode-button-secondaryBackground': '#313131',
      '--vscode-button-secondaryForeground': '#cccccc',
      '--vscode-button-secondaryHoverBackground': '#3c3c3c',
      '--vscode-button-border': '#ffffff12',
      '--vscode-textBlockQuote-background': '#2b2b2b',
    },
  },
  'high-contrast': {
    bodyClass: 'vscode-high-contrast',
    vars: {
      ...COMMON,
      '--vscode-editor-background': '#000000',
      '--vscode-editor-foreground': '#ffffff',
      '--vscode-foreground': '#ffffff',
      '--vscode-descriptionForeground': '#ffffffb3',
      '--vscode-contrastBorder': '#6fc3df',
      '--vscode-contrastActiveBorder': '#f38518',
      '--vscode-editorWidget-background': '#0c141f',
      '--vscode-testing-iconPassed': '#73c991',
      '--vscode-editorWarning-foreground': '#ffd370',
      '--vscode-errorForeground': '#f48771',
      '--vscode-focusBorder': '#f38518',
      '--vscode-button-secondaryBackground': '#000000',
      '--vscode-button-secondaryForeground': '#ffffff',
      '--vscode-button-border': '#6fc3df',
    },
  },
};

// This module is type-checked without the DOM library; the one function below runs in the page.
declare const document: {
  documentElement: { style: { setProperty(name: string, value: string): void } };
  body: { classList: { add(...c: string[]): void; remove(...c: string[]): void } };
};

/** The function the page runs to apply a theme (passed to page.evaluate with the theme). */
export function applyTheme(theme: { bodyClass: string; vars: Record<string, string> }): void {
  const root = document.documentElement;
  for (const [name, value] of Object.entries(theme.vars)) root.style.setProperty(name, value);
  document.body.classList.remove('vscode-light', 'vscode-dark', 'vscode-high-contrast');
  document.body.classList.add(theme.bodyClass);
}
