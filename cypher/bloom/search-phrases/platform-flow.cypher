// name: Platform flow: from which platform to which the actors moved
// phrase: Platform flow
// Every DISPLACED_TO relationship (platform left to platform joined); its actors property lists
// who made the move.
MATCH flow = (:Platform)-[:DISPLACED_TO]->(:Platform)
RETURN flow
