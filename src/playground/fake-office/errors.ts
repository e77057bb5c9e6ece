// OfficeExtension.Error as office.js builds it: name "RichApi.Error", code, message, debugInfo.errorLocation,
// traceMessages, innerError, httpStatusCode; toString() = "code: message". Messages are the en-US texts of office.js
// (client-side codes) and of Excel (codes the host returns at sync time).

export const ErrorCodes = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidObjectPath: "InvalidObjectPath",
  invalidReference: "InvalidReference",
  invalidRequestContext: "InvalidRequestContext",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  notImplemented: "NotImplemented",
  propertyNotLoaded: "PropertyNotLoaded",
  valueNotLoaded: "ValueNotLoaded",
  runMustReturnPromise: "RunMustReturnPromise",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  cannotUpdateReadOnlyProperty: "CannotUpdateReadOnlyProperty",
};

const MESSAGES: { [code: string]: string } = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound:
    'The API you are trying to use could not be found. It may be available in a newer version of Excel. Please refer to the documentation: "Office Add-in host and platform availability" for more information.',
  GeneralException: "There was an internal error while processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The requested operation is invalid.",
  InvalidReference: "This reference is not valid for the current operation.",
  InvalidRequestContext: "Cannot use the object across different request contexts.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  NotImplemented: "The requested feature isn't implemented.",
  PropertyNotLoaded:
    "The property '{0}' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  ValueNotLoaded: 'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit. Please refer to the documentation: \"https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins\".",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit. Please refer to the documentation: \"https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins\".",
  CannotUpdateReadOnlyProperty: "The property '{0}' is read-only and it cannot be updated.",
  InvalidObjectPath:
    "The object path '{0}' isn't working for what you're trying to do. If you're using the object across multiple \"context.sync\" calls and outside the sequential execution of a \".run\" batch, please use the \"context.trackedObjects.add()\" and \"context.trackedObjects.remove()\" methods to manage the object's lifetime.",
};

const HTTP_STATUS: { [code: string]: number } = {
  AccessDenied: 401,
  ApiNotFound: 404,
  GeneralException: 500,
  InvalidArgument: 400,
  InvalidObjectPath: 400,
  InvalidRequestContext: 400,
  ItemNotFound: 404,
  PropertyNotLoaded: 400,
  ValueNotLoaded: 400,
  CannotUpdateReadOnlyProperty: 400,
};

export interface DebugInfo {
  code?: string;
  message?: string;
  errorLocation?: string;
  statement?: string;
  surroundingStatements?: string[];
  fullStatements?: string[];
}

export interface OfficeErrorLike extends Error {
  code: string;
  debugInfo: DebugInfo;
  traceMessages: string[];
  innerError: unknown;
  httpStatusCode: number;
}

export interface ErrorInit {
  code: string;
  message?: string;
  errorLocation?: string;
  /** Argument for "{0}" in the standard message. */
  arg?: string;
  innerError?: unknown;
}

export type OfficeErrorConstructor = new (init: ErrorInit | string) => OfficeErrorLike;

/** Message for a code ("{0}" filled with arg). */
export function standardMessage(code: string, arg?: string): string {
  const m = MESSAGES[code] || MESSAGES.GeneralException;
  return m.replace("{0}", arg === undefined ? "" : arg);
}

/**
 * Builds the OfficeExtension.Error class on a window's own Error, so that `e instanceof Error` holds in the page that
 * runs the task pane (an iframe has its own Error). ES5: a constructor function, not a class.
 */
export function makeErrorClass(BaseError?: ErrorConstructor): OfficeErrorConstructor {
  const Base: ErrorConstructor = BaseError || Error;
  function RichApiError(this: OfficeErrorLike, init: ErrorInit | string) {
    const data: ErrorInit = typeof init === "string" ? { code: ErrorCodes.generalException, message: init } : init;
    const message = data.message !== undefined ? data.message : standardMessage(data.code, data.arg);
    const e = new Base(message) as OfficeErrorLike;
    const setProto = (Object as unknown as { setPrototypeOf?: (o: object, p: object) => void }).setPrototypeOf;
    if (setProto) setProto(e, RichApiError.prototype);
    else (e as unknown as { __proto__: unknown }).__proto__ = RichApiError.prototype;
    e.name = "RichApi.Error";
    e.message = message;
    e.code = data.code;
    e.traceMessages = [];
    e.innerError = data.innerError === undefined ? null : data.innerError;
    e.httpStatusCode = HTTP_STATUS[data.code] || 500;
    e.debugInfo = { code: data.code, message };
    if (data.errorLocation) e.debugInfo.errorLocation = data.errorLocation;
    return e;
  }
  RichApiError.prototype = Object.create(Base.prototype);
  RichApiError.prototype.constructor = RichApiError;
  RichApiError.prototype.toString = function (this: OfficeErrorLike) {
    return this.code + ": " + this.message;
  };
  return RichApiError as unknown as OfficeErrorConstructor;
}

/** Thrown inside the model / actions; the request context turns it into an OfficeExtension.Error. */
export class HostError {
  constructor(
    public readonly code: string,
    public readonly message?: string,
    public readonly errorLocation?: string,
    public readonly arg?: string,
  ) {}
}

export function hostError(code: string, errorLocation?: string, message?: string): HostError {
  return new HostError(code, message, errorLocation);
}

export function isHostError(e: unknown): e is HostError {
  return e instanceof HostError;
}
