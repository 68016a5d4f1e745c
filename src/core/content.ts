/** One entry of a list on the clinic page: a short title and its sentence. */
export interface ContentItem<Id extends string = string> {
  readonly id: Id;
  readonly title: string;
  readonly text: string;
}

/** A titled list from the clinic page, with the sentences around it. */
export interface ItemSet<Id extends string = string> {
  readonly heading: string;
  readonly intro?: string;
  readonly items: readonly ContentItem<Id>[];
  readonly outro?: string;
}
