import math

return math.pi
