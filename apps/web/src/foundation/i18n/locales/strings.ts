/** The shape another language must fill: the same keys, any strings. */
export type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
