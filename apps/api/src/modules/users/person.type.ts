import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'A person named on a record (who submitted a report revision, who decided a proposal): the name for every ' +
    'reader; the email only for an administrator and for the person themself.',
})
export class Person {
  @Field(() => ID) id: string;
  @Field() name: string;
  // email is resolved in PersonResolver.
}
