// User-interface texts, Finnish (the default language). Grouped by screen.
export const uiFi = {
  app: { name: 'Asiakasrekisteri' },
};
