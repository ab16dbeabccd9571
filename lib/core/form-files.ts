/** The non-empty files a form sent under `name`, read into memory (the size limit is checked later). */
export async function formFiles(formData: FormData, name: string): Promise<{ fileName: string; bytes: Uint8Array }[]> {
  const files = formData.getAll(name).filter((v): v is File => typeof v === "object" && v !== null && "arrayBuffer" in v && v.size > 0);
  return Promise.all(files.map(async (f) => ({ fileName: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}
