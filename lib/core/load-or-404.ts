import { isAppError } from "./errors";

/** For pages: a NOT_FOUND from lib/ becomes null (the page answers 404); anything else propagates. */
export async function loadOr404<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load();
  } catch (err) {
    if (isAppError(err) && err.code === "NOT_FOUND") return null;
    throw err;
  }
}
