// The app's version, written into backups. Kept equal to package.json's (a unit test checks).
export const APP_VERSION = '0.1.0';
