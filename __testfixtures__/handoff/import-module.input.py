import agents

support = agents.Agent(name="Support")
sales = agents.Agent(name="Sales", handoffs=[support])
front_desk = agents.Agent(name="Front desk", handoffs=[sales, support])
