import numpy as np
import os
