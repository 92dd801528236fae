/**
 * Errors shaped like OfficeExtension.Error: a `code` from Excel.ErrorCodes (or the payload
 * limit codes Excel on the web uses), a message, and debugInfo. Hosts match on `code`, never on
 * the class, so code that handles these handles the real ones.
 */
export class FakeExcelError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export const PROPERTY_NOT_LOADED = 'PropertyNotLoaded';

export function notLoaded(property: string, path: string): FakeExcelError {
  return new FakeExcelError(
    PROPERTY_NOT_LOADED,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    path,
  );
}

export function invalidArgument(message: string, where?: string): FakeExcelError {
  return new FakeExcelError('InvalidArgument', message, where);
}

export function itemNotFound(what: string): FakeExcelError {
  return new FakeExcelError('ItemNotFound', `The requested resource doesn't exist: ${what}.`, what);
}

export function accessDenied(what: string): FakeExcelError {
  return new FakeExcelError('AccessDenied', `You cannot perform the requested operation: ${what} is protected.`, what);
}

export function apiNotFound(member: string, version: string): FakeExcelError {
  return new FakeExcelError('ApiNotFound', `The API you are trying to use could not be found: ${member} needs ExcelApi ${version}.`, member);
}
