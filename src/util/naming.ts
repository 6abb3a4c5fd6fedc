/** camelCase schema name -> the snake_case table/column name SQD's naming strategy gives it */
export function snake(name: string): string {
    return name.replace(/[A-Z]/g, (c, i) => (i ? '_' : '') + c.toLowerCase())
}
